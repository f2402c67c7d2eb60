-- Embedded launch (issue 19): per tool, L&D chooses whether its items open in a new window or embedded
-- in Groeipad's launch page (an iframe; the page's CSP then allows frames from that tool's origin only).
-- Items made from the tool take the tool's choice.
ALTER TABLE lti_tools ADD COLUMN presentation text NOT NULL DEFAULT 'window'
  CHECK (presentation IN ('window', 'iframe'));
