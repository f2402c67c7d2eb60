// Served to the browser as is: the SCORM runtime page on the content origin. It hosts scorm-again's
// API (window.API for 1.2, window.API_1484_11 for 2004) in the frame around the SCO, so the SCO finds
// it the standard way (walking up its parents), loads the learner's CMI data into it, and hands every
// commit and change to the Groeipad player page by postMessage. It never talks to the server itself:
// the player does, with the attempt's commit token.
import { enforceSuspendDataLimit } from './scorm-limits.js';

const appOrigin = document.querySelector('meta[name="groeipad-app-origin"]').content;
const frame = document.getElementById('sco');
const post = (message) => window.parent.postMessage({ source: 'groeipad-scorm', ...message }, appOrigin);
let isStarted = false;

// scorm-again flattens an empty list (no interactions yet, say) to {}: there is nothing in it to store.
const primitives = (values) =>
  Object.fromEntries(
    Object.entries(values).filter(([, value]) => value === null || typeof value !== 'object'),
  );

async function start({ scormVersion, launchUrl, cmi, scoIds }) {
  const is12 = scormVersion === '1.2';
  const runtime = await import(is12 ? './scorm12.js' : './scorm2004.js');
  const Api = is12 ? runtime.Scorm12API : runtime.Scorm2004API;
  let navRequest = '';
  // scorm-again "sends" every commit through this service: it goes to the player page, which stores it.
  const httpService = {
    processHttpRequest(_url, values, isTerminated) {
      post({ type: 'commit', values: primitives(values), isTerminated: Boolean(isTerminated), navRequest });
      return { result: 'true', errorCode: 0 };
    },
    updateSettings() {},
  };
  const api = new Api({
    lmsCommitUrl: 'groeipad:player',
    dataCommitFormat: 'flattened',
    httpService,
    autocommit: true,
    autocommitSeconds: 30,
    logLevel: 5,
    scoItemIds: scoIds,
  });
  enforceSuspendDataLimit(api, scormVersion);
  api.loadFromFlattenedJSON(cmi, '');
  let snapshotTimer;
  api.on(is12 ? 'LMSSetValue' : 'SetValue', (element, value) => {
    if (element === 'adl.nav.request') navRequest = String(value);
    clearTimeout(snapshotTimer);
    // What the package has set so far, for the player's unload beacon if the tab closes now.
    snapshotTimer = setTimeout(
      () => post({ type: 'snapshot', values: primitives(api.renderCommitCMI(false)) }),
      300,
    );
  });
  api.on(is12 ? 'LMSFinish' : 'Terminate', () => post({ type: 'terminated', navRequest }));
  if (is12) window.API = api;
  else window.API_1484_11 = api;
  frame.src = launchUrl;
}

window.addEventListener('message', (event) => {
  if (event.origin !== appOrigin || event.source !== window.parent) return;
  const message = event.data;
  if (message?.source !== 'groeipad-player' || message.type !== 'start' || isStarted) return;
  isStarted = true;
  start(message).catch((error) => post({ type: 'error', message: String(error?.message ?? error) }));
});
post({ type: 'ready' });
