"""Sources: read an input (a file, standard input or an http(s) URL) into a decoded Document.

May import only the shared root modules (models, errors, resources, files); never a later stage.
"""
