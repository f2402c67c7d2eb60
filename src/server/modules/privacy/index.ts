// The privacy module is used by nobody: it runs the other modules' personal-data contributors.
export {};
