// Served to the browser as is (the SCORM runtime page loads it). SCORM 1.2 defines cmi.suspend_data as
// CMIString4096: LMSSetValue with more must fail with error 405 ("Incorrect Data Type"), which the
// package reads with LMSGetLastError. scorm-again deliberately allows 64,000 there; we keep the standard.
// SCORM 2004's 64,000 (SPM) scorm-again enforces itself (error 406).

export const suspendDataLimits = { 1.2: 4096, 2004: 64000 };

/** Makes a scorm-again SCORM 1.2 API refuse suspend_data over 4,096 characters the standard's way. */
export function enforceSuspendDataLimit(api, scormVersion) {
  if (scormVersion !== '1.2') return;
  const setValue = api.LMSSetValue;
  api.LMSSetValue = (element, value) => {
    if (element === 'cmi.suspend_data' && !api.isNotInitialized() && String(value).length > 4096) {
      api.throwSCORMError(element, 405, 'cmi.suspend_data holds at most 4096 characters in SCORM 1.2');
      return 'false';
    }
    return setValue.call(api, element, value);
  };
}
