"""The sync engine: settings model, planner (pure), applier (journaled, resumable), state store.

Modules (nothing is re-exported here, so importing the settings model stays cheap for ``app.config``):

- :mod:`app.sync.settings`  ``SyncSettings`` and its parts (scope, mappings, criteria, rules, schedule, safety)
- :mod:`app.sync.model`     plain data: snapshots, ``Plan``/``PlanEntry``, categories, reason codes, verdicts
- :mod:`app.sync.planner`   ``plan(...)``: the pure decision function, with the scenario table
- :mod:`app.sync.state`     ``StateStore`` (SQLite, WAL): anchors, ledger, watermarks, run history, journal
- :mod:`app.sync.applier`   ``PlanApplier``: applies a plan or a reviewed selection, bounded and journaled
- :mod:`app.sync.engine`    ``SyncEngine``: read (full/delta) → plan → apply, records history
- :mod:`app.sync.ports`     the ``DirectorySource`` / ``CloudTarget`` protocols
- :mod:`app.sync.sources`   ``LdapDirectorySource`` over ``app.ldap.reader.DirectoryReader``
- :mod:`app.sync.targets`   ``ScimCloudTarget`` over ``app.cloud.scim.ScimTarget``
"""
