"""Validation of what a person types: host names, distinguished names, LDAP filters; escaping of filter values.

* :func:`validate_hostname` — a DNS name (RFC 1123 labels) or an IPv4/IPv6 literal; returns it normalised.
* :func:`is_fqdn` / :func:`require_fqdn` — LDAPS needs a fully qualified name: the DC's certificate is issued
  to its FQDN, so a bare host name (or an IP address) cannot be verified against it.
* :func:`validate_dn` — RFC 4514 distinguished names, parsed (not a regex); returns the RDNs.
* :func:`validate_filter` — RFC 4515 string filters, parsed by recursive descent; errors carry the position.
* :func:`escape_filter_value` — RFC 4515 §3 escaping of a typed value, so it can never change a filter's shape.

Failures raise :class:`~app.ldap.errors.HostInvalidError`, :class:`~app.ldap.errors.HostNotFqdnError`,
:class:`~app.ldap.errors.DnInvalidError` or :class:`~app.ldap.errors.FilterInvalidError` with a ``reason``
code in ``details``.
"""

from __future__ import annotations

import ipaddress
import re

from app.ldap.errors import DnInvalidError, FilterInvalidError, HostInvalidError, HostNotFqdnError

# \Z, not $: "$" also matches before a final newline, and "cn\n" is no attribute type.
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\Z")
_KEYSTRING = re.compile(r"^[A-Za-z][A-Za-z0-9-]*\Z")
_NUMERICOID = re.compile(r"^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))+\Z")
_HEX = "0123456789abcdefABCDEF"
MAX_FILTER_DEPTH = 64


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def validate_hostname(host: str) -> str:
    """Return ``host`` normalised (lower case, no trailing dot) or raise ``HostInvalidError``."""
    if not isinstance(host, str) or not host.strip():
        raise HostInvalidError("empty host name", host=host, reason="empty")
    candidate = host.strip()
    if candidate != host or any(ch.isspace() for ch in candidate):
        raise HostInvalidError("host name contains spaces", host=host, reason="whitespace")
    # Before anything else: lower() folds some non-ASCII letters into ASCII ones (KELVIN SIGN -> "k"), and an
    # IPv6 scope id may be any text; what is checked must be what is used.
    if not candidate.isascii():
        raise HostInvalidError("non-ASCII host name", host=host, reason="not_ascii")
    if _is_ip(candidate):
        return str(ipaddress.ip_address(candidate.strip("[]")))
    name = candidate.lower()
    if name.endswith("."):
        name = name[:-1]
    if not name.isascii():
        raise HostInvalidError("non-ASCII host name", host=host, reason="not_ascii")
    if len(name) > 253:
        raise HostInvalidError("host name too long", host=host, reason="too_long")
    labels = name.split(".")
    for label in labels:
        if not label:
            raise HostInvalidError("empty label", host=host, reason="empty_label")
        if len(label) > 63:
            raise HostInvalidError("label too long", host=host, reason="label_too_long")
        if not _LABEL.match(label):
            raise HostInvalidError("invalid character in label", host=host, reason="invalid_character")
    # "10.0.0.300" is not an address and must not pass as a name either: a top-level label is never all digits.
    if labels[-1].isdigit():
        raise HostInvalidError("numeric top-level label", host=host, reason="numeric_tld")
    return name


def is_fqdn(host: str) -> bool:
    """True for a valid DNS name with at least two labels (``dc1.zylker.test``); False for IPs and bare names."""
    try:
        name = validate_hostname(host)
    except HostInvalidError:
        return False
    return not _is_ip(name) and "." in name


def require_fqdn(host: str) -> str:
    """For LDAPS: the certificate names the DC's FQDN, so a bare name or an IP cannot be verified."""
    name = validate_hostname(host)
    if not is_fqdn(name):
        raise HostNotFqdnError(
            "LDAPS needs the fully qualified name", host=host, reason="ip_address" if _is_ip(name) else "bare_name"
        )
    return name


# ---------------------------------------------------------------------------------------------- DNs (RFC 4514)

_DN_SPECIAL = ',+"\\<>;='


def _parse_attribute_type(text: str, dn: str) -> str:
    if _KEYSTRING.match(text) or _NUMERICOID.match(text):
        return text
    raise DnInvalidError("invalid attribute type", dn=dn, reason="attribute_type", part=text)


def validate_dn(dn: str, *, allow_empty: bool = False) -> list[list[tuple[str, str]]]:
    """Parse an RFC 4514 DN into RDNs of (type, unescaped value) pairs, or raise ``DnInvalidError``."""
    if not isinstance(dn, str):
        raise DnInvalidError("not a string", dn=str(dn), reason="type")
    if dn == "":
        if allow_empty:
            return []
        raise DnInvalidError("empty DN", dn=dn, reason="empty")
    rdns: list[list[tuple[str, str]]] = []
    rdn: list[tuple[str, str]] = []
    i, n = 0, len(dn)
    while True:
        # attribute type up to "="
        j = dn.find("=", i)
        if j < 0:
            raise DnInvalidError("missing '='", dn=dn, reason="missing_equals", position=i)
        attr = _parse_attribute_type(dn[i:j].strip(" "), dn)
        i = j + 1
        value_chars: list[str] = []
        if i < n and dn[i] == "#":
            k = i + 1
            while k < n and dn[k] in _HEX:
                k += 1
            hexpart = dn[i + 1 : k]
            if not hexpart or len(hexpart) % 2:
                raise DnInvalidError("bad hex value", dn=dn, reason="hex_value", position=i)
            value_chars.append("#" + hexpart)
            i = k
        else:
            # Collect UTF-8 bytes: hex escapes (\c3\a9) may spell one multi-byte character together.
            raw = bytearray()
            start = i
            unescaped_tail = 0  # trailing unescaped spaces are not part of the value
            while i < n and dn[i] not in ",+":
                ch = dn[i]
                if ch == "\\":
                    if i + 1 >= n:
                        raise DnInvalidError("dangling backslash", dn=dn, reason="escape", position=i)
                    nxt = dn[i + 1]
                    if nxt in _HEX and i + 2 < n and dn[i + 2] in _HEX:
                        raw.append(int(dn[i + 1 : i + 3], 16))
                        i += 3
                    elif nxt in _DN_SPECIAL + " #":
                        raw += nxt.encode()
                        i += 2
                    else:
                        raise DnInvalidError("invalid escape", dn=dn, reason="escape", position=i)
                    unescaped_tail = 0
                    continue
                if ch in '"<>;\x00=':
                    raise DnInvalidError("unescaped special character", dn=dn, reason="special_character", position=i)
                encoded = ch.encode("utf-8", "surrogatepass")
                raw += encoded
                unescaped_tail = unescaped_tail + len(encoded) if ch == " " else 0
                i += 1
            if unescaped_tail:
                del raw[-unescaped_tail:]
            # leading unescaped spaces are insignificant too
            lead = len(dn[start:i]) - len(dn[start:i].lstrip(" "))
            del raw[:lead]
            try:
                value_chars.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise DnInvalidError("bad UTF-8 escape", dn=dn, reason="escape", position=start) from None
        value = "".join(value_chars)
        if value == "":
            raise DnInvalidError("empty value", dn=dn, reason="empty_value", position=i)
        rdn.append((attr, value))
        if i >= n:
            rdns.append(rdn)
            return rdns
        sep = dn[i]
        i += 1
        if sep == ",":
            rdns.append(rdn)
            rdn = []
        if i >= n:
            raise DnInvalidError("trailing separator", dn=dn, reason="trailing_separator", position=i)


def escape_dn_value(value: str) -> str:
    """Escape a value for use inside an RDN (RFC 4514 §2.4)."""
    out = []
    for index, ch in enumerate(value):
        if ch in ',+"\\<>;=' or (ch == "#" and index == 0) or (ch == " " and index in (0, len(value) - 1)):
            out.append("\\" + ch)
        elif ch == "\x00":
            out.append("\\00")
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------------------------------ filters (RFC 4515)


def escape_filter_value(value: str | bytes) -> str:
    """RFC 4515 §3: escape ``*``, ``(``, ``)``, ``\\`` and NUL (bytes: every byte) so a typed value stays a value."""
    if isinstance(value, bytes):
        return "".join(f"\\{b:02x}" for b in value)
    out = []
    for ch in value:
        if ch in "*()\\\x00":
            out.append(f"\\{ord(ch):02x}")
        else:
            out.append(ch)
    return "".join(out)


class _FilterParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, reason: str) -> FilterInvalidError:
        return FilterInvalidError("invalid LDAP filter", filter=self.text, reason=reason, position=self.pos)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            raise self.fail(f"expected_{'open' if ch == '(' else 'close' if ch == ')' else 'char'}")
        self.pos += 1

    def parse(self) -> None:
        self.filter(0)
        if self.pos != len(self.text):
            raise self.fail("trailing_characters")

    def filter(self, depth: int) -> None:
        if depth > MAX_FILTER_DEPTH:
            raise self.fail("too_deep")
        self.expect("(")
        ch = self.peek()
        if ch and ch in "&|":
            self.pos += 1
            if self.peek() != "(":
                raise self.fail("empty_filter_list")
            while self.peek() == "(":
                self.filter(depth + 1)
        elif ch == "!":
            self.pos += 1
            self.filter(depth + 1)
        else:
            self.item()
        self.expect(")")

    def attribute_description(self) -> str:
        start = self.pos
        while self.pos < len(self.text) and (
            self.text[self.pos].isascii() and (self.text[self.pos].isalnum() or self.text[self.pos] in "-.;")
        ):
            self.pos += 1
        desc = self.text[start : self.pos]
        base, *options = desc.split(";")
        if not (_KEYSTRING.match(base) or _NUMERICOID.match(base)):
            self.pos = start
            raise self.fail("attribute_description")
        if any(not _KEYSTRING.match(opt) for opt in options):
            self.pos = start
            raise self.fail("attribute_option")
        return desc

    def value(self) -> int:
        """Consume an assertion value up to ``*`` or ``)``; returns its length in characters."""
        start = self.pos
        while True:
            ch = self.peek()
            if ch == "" or ch in "()*":
                if ch == "(":
                    raise self.fail("unescaped_parenthesis")
                return self.pos - start
            if ch == "\x00":
                raise self.fail("nul_character")
            if ch == "\\":
                pair = self.text[self.pos + 1 : self.pos + 3]
                if len(pair) != 2 or any(c not in _HEX for c in pair):
                    raise self.fail("invalid_escape")
                self.pos += 3
                continue
            self.pos += 1

    def item(self) -> None:
        if self.peek() == ":":
            # extensible without attribute: [":dn"] ":" matchingrule ":=" value
            self.extensible(has_attribute=False)
            return
        self.attribute_description()
        ch = self.peek()
        if ch == ":":
            self.extensible(has_attribute=True)
            return
        if self.text.startswith(("~=", ">=", "<="), self.pos):
            self.pos += 2
            self.value()
            if self.peek() == "*":
                raise self.fail("unescaped_asterisk")
            return
        if ch != "=":
            raise self.fail("expected_operator")
        self.pos += 1
        # equality, presence "=*", or substrings: [initial] "*" *(any "*") [final]
        self.value()
        while self.peek() == "*":
            self.pos += 1
            self.value()

    def extensible(self, *, has_attribute: bool) -> None:
        rule_seen = False
        if self.text.startswith(":dn", self.pos) and self.text[self.pos + 3 : self.pos + 4] == ":":
            self.pos += 3
        if self.text.startswith(":=", self.pos):
            if not has_attribute:
                raise self.fail("extensible_needs_rule")
            self.pos += 2
            self.value()
            if self.peek() == "*":
                raise self.fail("unescaped_asterisk")
            return
        self.expect(":")
        start = self.pos
        while self.peek() and (self.peek().isalnum() or self.peek() in "-."):
            self.pos += 1
        rule = self.text[start : self.pos]
        if _KEYSTRING.match(rule) or _NUMERICOID.match(rule):
            rule_seen = True
        if not rule_seen:
            raise self.fail("matching_rule")
        if not self.text.startswith(":=", self.pos):
            raise self.fail("expected_operator")
        self.pos += 2
        self.value()
        if self.peek() == "*":
            raise self.fail("unescaped_asterisk")


def validate_filter(text: str) -> str:
    """Return ``text`` if it is a valid RFC 4515 filter, else raise ``FilterInvalidError`` (with position).

    A filter without its outer parentheses (``mail=*``) is rejected: what reaches the server is exactly
    what was validated.
    """
    if not isinstance(text, str) or not text:
        raise FilterInvalidError("empty filter", filter=str(text), reason="empty", position=0)
    _FilterParser(text).parse()
    return text
