import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

type DialogProps = {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Room for wide content (a document, a data record) instead of a short form. */
  isWide?: boolean;
};

/** A modal dialog: focus is trapped inside, Escape closes it, focus returns to what opened it. */
export function Dialog({ isOpen, onOpenChange, title, description, children, isWide }: DialogProps) {
  const { t } = useTranslation();
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <RadixDialog.Content
          className={`fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[calc(100vw-2rem)] ${isWide ? 'max-w-3xl' : 'max-w-lg'} -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl focus:outline-none`}
        >
          <RadixDialog.Title className="text-lg font-semibold text-slate-900">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="mt-1 text-sm text-slate-600">
              {description}
            </RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="sr-only">{title}</RadixDialog.Description>
          )}
          <div className="mt-4">{children}</div>
          <RadixDialog.Close
            aria-label={t('common.close')}
            className="absolute top-3 right-3 rounded-md p-1.5 text-slate-500 hover:bg-slate-100"
          >
            <span aria-hidden="true">✕</span>
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

type ConfirmDialogProps = Omit<DialogProps, 'children'> & {
  confirmLabel: string;
  onConfirm: () => void;
  isBusy?: boolean;
  isDanger?: boolean;
  children?: ReactNode;
};

export function ConfirmDialog({
  confirmLabel,
  onConfirm,
  isBusy,
  isDanger,
  children,
  ...props
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog {...props}>
      {children}
      <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button variant={isDanger ? 'danger' : 'primary'} onClick={onConfirm} isBusy={isBusy}>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
