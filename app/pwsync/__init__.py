"""Password sync: DC agents capture password changes and deliver them, sealed, over mutual TLS; the agent sets
the cloud password of the users it manages. See :mod:`app.pwsync.dcagent` (the DC side),
:mod:`app.pwsync.receiver` (the channel), :mod:`app.pwsync.delivery` (the rules) and :mod:`app.pwsync.identity`
(the CA and keys)."""
