// cmi5 courses: nothing for other modules yet.
