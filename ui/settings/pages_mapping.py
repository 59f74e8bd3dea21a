"""Settings page Mapping: which directory attribute each cloud attribute comes from.

A User mapping / Group mapping toggle; All / Mapped / Unmapped tabs over one table of SCIM attributes and the
directory attribute each comes from; "Suggest" fills in the default mapping for the directory's schema
(:func:`app.sync.settings.suggest_user_mapping`). Editing a row offers the directory's real attribute names (read
live with :meth:`app.admin.DirectoryProbe.attribute_names`) or a custom attribute typed in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.admin import DirectoryObjectKind
from app.errors import IdentityConnectError
from app.sync.settings import (
    ENTERPRISE_USER,
    AttributeMapping,
    SyncSettings,
    suggest_group_mapping,
    suggest_user_mapping,
)
from ui.settings.base import PageMessage, SettingsContext, SettingsPage

#: SCIM attributes offered for mapping (each may be left unmapped, except userName / displayName).
USER_TARGETS = (
    "userName",
    "name.givenName",
    "name.familyName",
    "name.middleName",
    "displayName",
    "nickName",
    'emails[type eq "work"].value',
    'phoneNumbers[type eq "work"].value',
    'phoneNumbers[type eq "mobile"].value',
    'addresses[type eq "work"].locality',
    'addresses[type eq "work"].country',
    "title",
    "preferredLanguage",
    f"{ENTERPRISE_USER}:department",
    f"{ENTERPRISE_USER}:employeeNumber",
    f"{ENTERPRISE_USER}:organization",
    f"{ENTERPRISE_USER}:costCenter",
)
GROUP_TARGETS = ("displayName",)


class MappingPage(SettingsPage):
    page_id = "mapping"
    affects_sync = True

    ALL, MAPPED, UNMAPPED = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self.kind = "user"
        self.rows: dict[str, dict[str, str]] = {"user": {}, "group": {}}
        self._saved: dict[str, dict[str, str]] = {"user": {}, "group": {}}
        self.attribute_names: dict[str, list[str]] = {"user": [], "group": []}
        self.user_button = QRadioButton(self)
        self.user_button.setObjectName("userMappingButton")
        self.group_button = QRadioButton(self)
        self.group_button.setObjectName("groupMappingButton")
        self.user_button.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.user_button)
        self.kind_group.addButton(self.group_button)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("mappingTabs")
        for _ in range(3):
            self.tabs.addTab("")
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("mappingTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName("suggestButton")
        self.attributes_status = QLabel(self)
        self.attributes_status.setObjectName("attributesStatus")
        self.message = PageMessage(self, "mappingMessage")
        top = QHBoxLayout()
        top.addWidget(self.user_button)
        top.addWidget(self.group_button)
        top.addStretch(1)
        top.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.attributes_status)
        layout.addWidget(self.message)
        self.user_button.toggled.connect(lambda on: self.set_kind("user" if on else "group"))
        self.tabs.currentChanged.connect(lambda _: self._render())
        self.suggest_button.clicked.connect(self.suggest)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Mapping")

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        sync = context.config.sync
        self._saved = {
            "user": {m.target: m.source_attribute for m in sync.user_mapping},
            "group": {m.target: m.source_attribute for m in sync.group_mapping},
        }
        self.rows = {kind: dict(values) for kind, values in self._saved.items()}
        self._render()
        self.attributes_status.setText(self.tr("Reading the directory's attributes…"))
        try:
            names = await context.probe().attribute_names()
        except IdentityConnectError as exc:
            self.attributes_status.setText("")
            self.message.show_error(exc)
            return
        self.attribute_names["user"] = names[DirectoryObjectKind.USER]
        self.attribute_names["group"] = names[DirectoryObjectKind.GROUP]
        self.attributes_status.setText(
            self.tr("%n attribute(s) available in the directory.", "", len(self.attribute_names[self.kind]))
        )
        self._render()

    def targets(self) -> list[str]:
        known = USER_TARGETS if self.kind == "user" else GROUP_TARGETS
        extra = [t for t in self.rows[self.kind] if t not in known]
        return list(known) + extra

    def visible_targets(self) -> list[str]:
        mapping = self.rows[self.kind]
        tab = self.tabs.currentIndex()
        return [
            t for t in self.targets()
            if tab == self.ALL or (tab == self.MAPPED) == bool(mapping.get(t))
        ]  # fmt: skip

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._render()

    def _render(self) -> None:
        targets = self.visible_targets()
        self.table.setRowCount(len(targets))
        for row, target in enumerate(targets):
            item = QTableWidgetItem(self._target_label(target))
            item.setToolTip(target)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.setObjectName(f"source_{target}")
            combo.setEditable(True)  # a custom attribute can be typed in
            combo.addItem("")
            combo.addItems(self.attribute_names[self.kind])
            combo.setCurrentText(self.rows[self.kind].get(target, ""))
            combo.setAccessibleName(self.tr("Directory attribute for %1").replace("%1", target))
            combo.currentTextChanged.connect(lambda text, t=target: self.set_source(t, text))
            self.table.setCellWidget(row, 1, combo)

    def _target_label(self, target: str) -> str:
        # The enterprise extension's URN is long: show "Enterprise: department", the full path as tooltip.
        if target.startswith(ENTERPRISE_USER + ":"):
            return self.tr("Enterprise: %1").replace("%1", target.removeprefix(ENTERPRISE_USER + ":"))
        return target

    def set_source(self, target: str, source: str) -> None:
        source = source.strip()
        if source:
            self.rows[self.kind][target] = source
        else:
            self.rows[self.kind].pop(target, None)
        self.message.show_error(None)
        self.sig_changed.emit()

    def suggest(self) -> None:
        if self.context is None:
            return
        kind = self.context.config.sync.directory_kind
        suggested = suggest_user_mapping(kind) if self.kind == "user" else suggest_group_mapping(kind)
        for mapping in suggested:
            self.rows[self.kind].setdefault(mapping.target, mapping.source_attribute)
        self._render()
        self.sig_changed.emit()

    def has_changes(self) -> bool:
        return self.rows != self._saved

    def mappings(self, kind: str) -> list[AttributeMapping]:
        known = set(USER_TARGETS if kind == "user" else GROUP_TARGETS)
        return [
            AttributeMapping(source_attribute=source, target=target, custom=target not in known)
            for target, source in self.rows[kind].items()
        ]

    def proposed_sync(self, current: SyncSettings) -> SyncSettings:
        data = current.model_dump()
        data["user_mapping"] = [m.model_dump() for m in self.mappings("user")]
        data["group_mapping"] = [m.model_dump() for m in self.mappings("group")]
        return SyncSettings.model_validate(data)

    def retranslate_ui(self) -> None:
        self.user_button.setText(self.tr("&User mapping"))
        self.group_button.setText(self.tr("&Group mapping"))
        self.tabs.setTabText(self.ALL, self.tr("All"))
        self.tabs.setTabText(self.MAPPED, self.tr("Mapped"))
        self.tabs.setTabText(self.UNMAPPED, self.tr("Unmapped"))
        self.tabs.setAccessibleName(self.tr("Show all, mapped or unmapped attributes"))
        self.table.setHorizontalHeaderLabels([self.tr("Cloud attribute (SCIM)"), self.tr("Directory attribute")])
        self.table.setAccessibleName(self.tr("Attribute mapping"))
        self.suggest_button.setText(self.tr("&Suggest"))
        self.suggest_button.setAccessibleName(self.tr("Fill in the suggested mapping for unmapped attributes"))
