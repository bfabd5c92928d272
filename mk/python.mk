# python: filled in by its issue
