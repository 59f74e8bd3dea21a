"""The configuration file loader against anything a disk can hold (hypothesis, 10,000 examples).

Arbitrary bytes, arbitrary JSON (NaN, huge numbers, deep nesting included), a valid configuration with one
value replaced by arbitrary JSON, and a valid file with bytes flipped or cut off: ``ConfigStore.load`` returns
a valid configuration or raises ``ConfigError`` naming the file (and a line inside it, when it names one) —
never another exception, never a hang (the test's timeout).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from datetime import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.config import AgentConfig, ConfigStore, TenantSettings
from app.errors import ConfigError
from app.ldap.settings import LdapSettings
from app.sync.settings import SyncSchedule, SyncSettings

pytestmark = [pytest.mark.slow, pytest.mark.alongside, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One private folder for all examples (each example overwrites the file); in memory where the system
    has /dev/shm, since opening a file on a busy disk 10,000 times is most of this test's time otherwise."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        yield tmp_path_factory.mktemp("config")
        return
    with tempfile.TemporaryDirectory(dir=shm) as name:
        yield Path(name)


VALID = AgentConfig(
    device_name="PROPERTY-AGENT",
    tenant=TenantSettings(
        tenant_url="https://tenant.example",
        issuer="https://tenant.example",
        client_id="identity-connect",
        scim_base_url="https://tenant.example/scim/v2",
        scopes=["openid", "scim"],
    ),
    ldap=LdapSettings(
        domain="zylker.test", domain_controllers=["dc1.zylker.test"], bind_identity="Administrator@ZYLKER.TEST"
    ),
    sync=SyncSettings(schedule=SyncSchedule(time=time(2, 0), timezone="UTC")),
)
VALID_TEXT = VALID.model_dump_json(indent=2) + "\n"
VALID_DATA: dict[str, Any] = json.loads(VALID_TEXT)

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**15, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
)
json_values = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=8,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*prefix, index))


VALID_PATHS = [p for p in _paths(VALID_DATA) if p]


@st.composite
def one_value_replaced(draw: st.DrawFn) -> bytes:
    data = json.loads(VALID_TEXT)
    path = draw(st.sampled_from(VALID_PATHS))
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = draw(json_values)
    return json.dumps(data, indent=2).encode()


@st.composite
def bytes_damaged(draw: st.DrawFn) -> bytes:
    raw = bytearray(VALID_TEXT.encode())
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        raw[draw(st.integers(min_value=0, max_value=len(raw) - 1))] = draw(st.integers(min_value=0, max_value=255))
    return bytes(raw[: draw(st.integers(min_value=0, max_value=len(raw)))])


# Past the loader's depth limit and Python's recursion limit (1,000), without megabytes per example.
deep = st.integers(min_value=1, max_value=5_000).map(
    lambda n: (
        '{"device_name": ' + "[" * n + "]" * n + "}" if n % 2 else '{"sync": ' + '{"a":' * n + "1" + "}" * n + "}"
    ).encode()
)

file_contents = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    one_value_replaced(),
    bytes_damaged(),
    deep,
    st.just(VALID_TEXT.encode()),
)


@settings(
    max_examples=10_000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(content=file_contents)
def test_any_file_gives_a_valid_config_or_one_typed_error(folder: Path, content: bytes) -> None:
    path = folder / "config.json"
    path.write_bytes(content)
    store = ConfigStore(path)
    try:
        config = store.load()
    except ConfigError as exc:
        assert exc.code in ("config_malformed", "config_invalid"), exc.code
        assert exc.details["path"] == str(path)
        line = exc.details.get("line")
        assert line is None or 1 <= int(str(line)) <= content.count(b"\n") + 1
        return
    assert isinstance(config, AgentConfig)
    # What loads also writes out and reads back as the same settings.
    assert AgentConfig.model_validate_json(config.model_dump_json()) == config
