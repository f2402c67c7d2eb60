// What Groeipad keeps of an imsmanifest.xml (stored as scorm_versions.manifest).

export type ScormVersion = '1.2' | '2004';
export type Edition = '2nd' | '3rd' | '4th';

/** A launchable item: a SCO (talks to the runtime) or an asset (a plain page). */
export type Sco = {
  /** The manifest item's identifier; CMI data is kept per SCO by it. */
  id: string;
  title: string;
  /** Path inside the package plus the item's parameters, resolved with every xml:base. */
  launch: string;
  kind: 'sco' | 'asset';
  /** SCORM 1.2 adlcp:masteryscore (0–100, on score.raw). */
  masteryScore: number | null;
  /** SCORM 2004 primary objective's minNormalizedMeasure when satisfiedByMeasure (-1–1). */
  scaledPassingScore: number | null;
  /** SCORM 2004 adlcp:completionThreshold (0–1). */
  completionThreshold: number | null;
  /** adlcp:maxtimeallowed (1.2, HHHH:MM:SS) or attemptAbsoluteDurationLimit (2004, ISO duration). */
  maxTimeAllowed: string | null;
  timeLimitAction: string | null;
  launchData: string | null;
  /** adlnav:hideLMSUI of the item: which of our navigation buttons the SCO asks to hide. */
  hiddenControls: string[];
};

/** The organisation's item tree, for the table of contents; leaves point at a SCO. */
export type ManifestItem = {
  id: string;
  title: string;
  isVisible: boolean;
  scoId: string | null;
  children: ManifestItem[];
};

export type ScormManifest = {
  scormVersion: ScormVersion;
  edition: Edition | null;
  title: string;
  items: ManifestItem[];
  /** Launchable items in the organisation's order (flow navigation follows it). */
  scos: Sco[];
  /** Navigation the package allows between SCOs (2004 controlMode on the organisation). */
  navigation: { choice: boolean; flow: boolean };
};

/** One problem in a package, with the file and line it is at when there is one. */
export type PackageProblem = {
  file: string;
  line: number | null;
  /** Stable, for the UI: noManifest, badXml, unsupportedManifest, unknownResource, missingFile, … */
  code: string;
  /** English, for logs and API users. */
  message: string;
};
