// WorkOuts are reached over HTTP; the demo plans them through the service.
export {};
