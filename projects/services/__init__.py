"""Writes to projects, one function per action, by resource.

- ``projects.services.projects``: create, update and delete a project (content);
- ``projects.services.publication``: submit, publish, reject, archive, unarchive, confirm,
  mark reviewed, feature;
- ``projects.services.versions``: the content versions of the history, restoring one;
- ``projects.services.attachments``: files of a project;
- ``projects.services.requests``: reuse requests between municipalities and their thread;
- ``projects.services.common``: the errors and helpers all of them share.

Every function checks the actor's permission (municipalities.access), runs in one transaction,
locks the project row, records a ProjectEvent and refreshes the search vector where content
changed. Functions take model values (ProjectData, keyword arguments), never forms; views and
the admin call them and only translate exceptions into messages.
"""
