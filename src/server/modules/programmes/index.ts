// Programmes are reached over HTTP; nothing else calls into them yet.
export {};
