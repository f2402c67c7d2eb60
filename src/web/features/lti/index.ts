// What other features may use from LTI: the launch card the learning player shows for an external tool.
export { LtiLaunchCard } from './launch-page.tsx';
