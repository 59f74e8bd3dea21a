"""The seed data of the test directories, in one place, so tests compute expectations from it.

Both fixtures load it: the Samba AD DC (``tests/servers/samba.py``) as AD users/groups under
``DC=zylker,DC=test``, and slapd (``tests/servers/slapd.py``) as inetOrgPerson/groupOfNames under
``dc=zylker,dc=test``. OU paths are listed outermost first: ``("Engineering", "Berlin")`` is
``OU=Berlin,OU=Engineering,DC=zylker,DC=test``.

Changing anything here changes the hash the Samba template cache is keyed by, so the template is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass

DOMAIN = "zylker.test"
REALM = "ZYLKER.TEST"
NETBIOS = "ZYLKER"
BASE_DN = "DC=zylker,DC=test"
ADMIN_PASSWORD = "Passw0rd!Zylker"
USER_PASSWORD = "Passw0rd!User1"

OUS: tuple[tuple[str, ...], ...] = (("Sales",), ("Engineering",), ("Engineering", "Berlin"), ("Service",))


@dataclass(frozen=True)
class SeedUser:
    username: str  # sAMAccountName / uid
    given_name: str
    surname: str
    ou: tuple[str, ...]
    disabled: bool = False
    title: str | None = None
    department: str | None = None
    telephone: str | None = None
    employee_id: str | None = None
    manager: str | None = None  # username of the manager

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.surname}"

    @property
    def mail(self) -> str:
        return f"{self.username}@{DOMAIN}"

    @property
    def upn(self) -> str:
        return f"{self.username}@{DOMAIN}"


@dataclass(frozen=True)
class SeedGroup:
    name: str
    ou: tuple[str, ...] | None  # None: the default Users container (AD) / ou=Groups (slapd)
    security: bool = True
    members: tuple[str, ...] = ()  # usernames or group names
    description: str | None = None


def _u(username: str, given: str, surname: str, ou: tuple[str, ...], **kw: object) -> SeedUser:
    return SeedUser(username, given, surname, ou, **kw)  # type: ignore[arg-type]


SALES = ("Sales",)
ENG = ("Engineering",)
BERLIN = ("Engineering", "Berlin")
SERVICE = ("Service",)

USERS: tuple[SeedUser, ...] = (
    _u(
        "alice.adams",
        "Alice",
        "Adams",
        SALES,
        title="Head of Sales",
        department="Sales",
        telephone="+49 30 1000 101",
        employee_id="E1001",
    ),
    _u(
        "bob.brown",
        "Bob",
        "Brown",
        ENG,
        title="CTO",
        department="Engineering",
        telephone="+49 30 1000 102",
        employee_id="E1002",
    ),
    _u(
        "carol.clark",
        "Carol",
        "Clark",
        SALES,
        title="Account Executive",
        department="Sales",
        employee_id="E1003",
        manager="alice.adams",
    ),
    _u(
        "dave.davis",
        "Dave",
        "Davis",
        ENG,
        title="Engineer",
        department="Engineering",
        telephone="+49 30 1000 104",
        employee_id="E1004",
        manager="bob.brown",
    ),
    _u("erin.evans", "Erin", "Evans", SALES, title="Account Executive", department="Sales", manager="alice.adams"),
    _u("frank.fisher", "Frank", "Fisher", ENG, title="Engineer", department="Engineering", manager="bob.brown"),
    _u("grace.green", "Grace", "Green", SALES, department="Sales", employee_id="E1007"),
    _u(
        "heidi.hill",
        "Heidi",
        "Hill",
        BERLIN,
        title="Site Lead",
        department="Engineering",
        telephone="+49 30 1000 108",
        manager="bob.brown",
    ),
    _u("ivan.irwin", "Ivan", "Irwin", SALES, title="Sales Assistant"),
    _u("judy.jones", "Judy", "Jones", ENG, disabled=True, title="Engineer", department="Engineering"),
    _u("mallory.miller", "Mallory", "Miller", BERLIN, title="Engineer", department="Engineering", manager="heidi.hill"),
    _u("niaj.nash", "Niaj", "Nash", SALES, employee_id="E1012"),
    _u("olivia.owens", "Olivia", "Owens", ENG, title="QA Engineer", department="Engineering"),
    _u("peggy.price", "Peggy", "Price", SALES, title="Account Executive", telephone="+49 30 1000 114"),
    _u("rupert.reed", "Rupert", "Reed", BERLIN, title="Engineer", department="Engineering", manager="heidi.hill"),
    _u("sybil.smith", "Sybil", "Smith", SALES, title="Sales Ops"),
    _u("trent.turner", "Trent", "Turner", ENG, title="SRE", department="Engineering", employee_id="E1017"),
    _u("victor.vance", "Victor", "Vance", SALES, disabled=True),
    _u("xena.young", "Xena", "Young", ENG, disabled=True, title="Intern"),
    _u(
        "zoe.angstrom",
        "Zoë",
        "Ångström",
        BERLIN,
        title="Ingénieure",
        department="Engineering",
        telephone="+49 30 1000 120",
        employee_id="E1020",
        manager="heidi.hill",
    ),
    # The low-rights account the agent binds as in tests: an ordinary user, which can read the directory.
    _u("svc.reader", "Service", "Reader", SERVICE, title="Directory reader"),
)

SERVICE_ACCOUNT = "svc.reader"

GROUPS: tuple[SeedGroup, ...] = (
    SeedGroup("SalesTeam", SALES, members=("alice.adams", "carol.clark", "erin.evans", "grace.green", "ivan.irwin")),
    SeedGroup("EngTeam", ENG, members=("bob.brown", "dave.davis", "frank.fisher", "heidi.hill", "judy.jones")),
    SeedGroup("BerlinOffice", BERLIN, members=("heidi.hill", "mallory.miller", "rupert.reed", "zoe.angstrom")),
    SeedGroup("AllStaff", None, members=("SalesTeam", "EngTeam"), description="Everyone, through team groups"),
    SeedGroup(
        "Newsletter",
        SALES,
        security=False,
        members=("alice.adams", "bob.brown", "peggy.price"),
        description="Distribution list",
    ),
)


def user(username: str) -> SeedUser:
    return next(u for u in USERS if u.username == username)


def group(name: str) -> SeedGroup:
    return next(g for g in GROUPS if g.name == name)


def transitive_user_members(name: str) -> set[str]:
    """Usernames in a group, following nested groups."""
    found: set[str] = set()
    group_names = {g.name for g in GROUPS}
    for member in group(name).members:
        if member in group_names:
            found |= transitive_user_members(member)
        else:
            found.add(member)
    return found


def users_in(ou: tuple[str, ...]) -> list[SeedUser]:
    """Users in an OU subtree."""
    return [u for u in USERS if u.ou[: len(ou)] == ou]


def ad_ou_dn(ou: tuple[str, ...], base: str = BASE_DN) -> str:
    return ",".join([f"OU={part}" for part in reversed(ou)] + [base])
