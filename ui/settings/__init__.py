"""The settings window and its pages (ownership, LDAP, scope, mapping, criteria, rules, schedule, review)."""
