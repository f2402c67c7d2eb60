// LTI platform: nothing for other modules yet.
