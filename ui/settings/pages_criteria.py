"""Settings page Sync criteria: which users and groups in scope are synced.

For users and, separately, for groups (a Users / Groups toggle over the same row editor): import all in scope,
or only those matching every row of field / relationship / value. Saving goes through the blast radius like
every page that changes what a sync does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sync.settings import ImportType, Relationship, SyncCriteria, SyncCriterion, SyncSettings
from ui.settings.base import PageMessage, SettingsContext, SettingsPage


@dataclass
class _CriteriaEditor:
    """The widgets of one kind's criteria (users or groups): import all / based on criteria, and the rows."""

    kind: str
    box: QWidget
    all_button: QRadioButton
    criteria_button: QRadioButton
    table: QTableWidget
    add_button: QPushButton
    remove_button: QPushButton


class CriteriaPage(SettingsPage):
    """Sync criteria for users and for groups (a Users / Groups toggle over the same row editor)."""

    page_id = "criteria"
    affects_sync = True

    KINDS = ("user", "group")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaPage")
        self.kind = "user"
        self._saved: dict[str, SyncCriteria] | None = None
        self.fields: dict[str, list[str]] = {"user": [], "group": []}
        self.user_button = QRadioButton(self)
        self.user_button.setObjectName("userCriteriaButton")
        self.group_button = QRadioButton(self)
        self.group_button.setObjectName("groupCriteriaButton")
        self.user_button.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.user_button)
        self.kind_group.addButton(self.group_button)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("criteriaStack")
        self.editors = {kind: self._make_editor(kind) for kind in self.KINDS}
        for kind in self.KINDS:
            self.stack.addWidget(self.editors[kind].box)
        self.note = QLabel(self)
        self.note.setObjectName("criteriaNote")
        self.note.setWordWrap(True)
        self.message = PageMessage(self, "criteriaMessage")
        top = QHBoxLayout()
        top.addWidget(self.user_button)
        top.addWidget(self.group_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.user_button.toggled.connect(lambda on: self.set_kind("user" if on else "group"))
        self.retranslate_ui()
        for kind in self.KINDS:
            self._mode_changed(kind)

    def _make_editor(self, kind: str) -> _CriteriaEditor:
        # Users keep the object names the page had before groups got criteria of their own.
        names = {
            "user": ("importAllButton", "importCriteriaButton", "criteriaTable", "addCriterionButton",
                     "removeCriterionButton"),
            "group": ("importAllGroupsButton", "importGroupCriteriaButton", "groupCriteriaTable",
                      "addGroupCriterionButton", "removeGroupCriterionButton"),
        }[kind]  # fmt: skip
        box = QWidget(self)
        box.setObjectName(f"{kind}CriteriaEditor")
        all_button = QRadioButton(box)
        all_button.setObjectName(names[0])
        criteria_button = QRadioButton(box)
        criteria_button.setObjectName(names[1])
        all_button.setChecked(True)
        choice = QButtonGroup(box)
        choice.addButton(all_button)
        choice.addButton(criteria_button)
        table = QTableWidget(0, 3, box)
        table.setObjectName(names[2])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add_button = QPushButton(box)
        add_button.setObjectName(names[3])
        remove_button = QPushButton(box)
        remove_button.setObjectName(names[4])
        buttons = QHBoxLayout()
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(all_button)
        layout.addWidget(criteria_button)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        criteria_button.toggled.connect(lambda _: self._mode_changed(kind))
        add_button.clicked.connect(lambda: self.add_row(kind=kind))
        remove_button.clicked.connect(lambda: self.remove_selected(kind))
        table.itemChanged.connect(self._changed)
        return _CriteriaEditor(kind, box, all_button, criteria_button, table, add_button, remove_button)

    def title(self) -> str:
        return self.tr("Sync criteria")

    async def load(self, context: SettingsContext) -> None:
        await super().load(context)
        sync = context.config.sync
        saved = {"user": sync.criteria, "group": sync.group_criteria}
        self._saved = saved
        # Offered in the field lists (each can also be typed in): what the mapping reads, plus memberOf.
        self.fields = {
            "user": sorted({m.source_attribute for m in sync.user_mapping} | {"memberOf"}),
            "group": sorted({m.source_attribute for m in sync.group_mapping} | {"cn", "description", "memberOf"}),
        }
        for kind in self.KINDS:
            editor = self.editors[kind]
            editor.table.setRowCount(0)
            for row in saved[kind].rows:
                self.add_row(row, kind=kind)
            editor.criteria_button.setChecked(saved[kind].import_type is ImportType.CRITERIA)
            editor.all_button.setChecked(saved[kind].import_type is ImportType.ALL)
            self._mode_changed(kind)

    def set_kind(self, kind: str) -> None:
        """Show the users' or the groups' criteria."""
        self.kind = kind
        button = self.user_button if kind == "user" else self.group_button
        if not button.isChecked():
            button.setChecked(True)  # toggles back into here through the button group
        self.stack.setCurrentWidget(self.editors[kind].box)

    def add_row(self, criterion: SyncCriterion | None = None, *, kind: str | None = None) -> int:
        kind = kind or self.kind
        table = self.editors[kind].table
        prefix = "criterion" if kind == "user" else "groupCriterion"
        row = table.rowCount()
        table.insertRow(row)
        field = QComboBox(table)
        field.setObjectName(f"{prefix}Field_{row}")
        field.setEditable(True)
        field.addItems(self.fields[kind])
        field.setCurrentText(criterion.field if criterion else "")
        relationship = QComboBox(table)
        relationship.setObjectName(f"{prefix}Relationship_{row}")
        for rel in Relationship:
            relationship.addItem(self._relationship_text(rel), rel.value)
        if criterion:
            relationship.setCurrentIndex(relationship.findData(criterion.relationship.value))
        value = QTableWidgetItem(criterion.value or "" if criterion else "")
        table.setCellWidget(row, 0, field)
        table.setCellWidget(row, 1, relationship)
        table.setItem(row, 2, value)
        self._name_row(table, row)
        field.currentTextChanged.connect(self._changed)
        relationship.currentIndexChanged.connect(self._changed)
        self._changed()
        return row

    def set_row(self, row: int, field: str, relationship: Relationship, value: str, *, kind: str | None = None) -> None:
        table = self.editors[kind or self.kind].table
        combo = table.cellWidget(row, 0)
        assert isinstance(combo, QComboBox)
        combo.setCurrentText(field)
        rel = table.cellWidget(row, 1)
        assert isinstance(rel, QComboBox)
        rel.setCurrentIndex(rel.findData(relationship.value))
        item = table.item(row, 2)
        assert item is not None
        item.setText(value)

    def remove_selected(self, kind: str | None = None) -> None:
        table = self.editors[kind or self.kind].table
        for index in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(index)
        for row in range(table.rowCount()):
            self._name_row(table, row)
        self._changed()

    def criteria(self, kind: str | None = None) -> SyncCriteria:
        """The criteria shown for ``kind`` (default: the kind on screen); raises ValidationError if invalid."""
        editor = self.editors[kind or self.kind]
        rows = []
        for row in range(editor.table.rowCount()):
            field = editor.table.cellWidget(row, 0)
            rel = editor.table.cellWidget(row, 1)
            item = editor.table.item(row, 2)
            assert isinstance(field, QComboBox) and isinstance(rel, QComboBox)
            rows.append(
                SyncCriterion(
                    field=field.currentText().strip(),
                    relationship=Relationship(rel.currentData()),
                    value=(item.text().strip() if item else "") or None,
                )
            )
        mode = ImportType.CRITERIA if editor.criteria_button.isChecked() else ImportType.ALL
        return SyncCriteria(import_type=mode, rows=rows)

    def has_changes(self) -> bool:
        if self._saved is None:
            return False
        try:
            return any(self.criteria(kind) != self._saved[kind] for kind in self.KINDS)
        except ValueError:
            return True

    def proposed_sync(self, current: SyncSettings) -> SyncSettings:
        criteria: dict[str, SyncCriteria] = {}
        for kind in self.KINDS:
            try:
                criteria[kind] = self.criteria(kind)
            except ValueError:
                self.set_kind(kind)  # show the rows the window's message is about
                raise
        return SyncSettings.model_validate(
            {
                **current.model_dump(),
                "criteria": criteria["user"].model_dump(),
                "group_criteria": criteria["group"].model_dump(),
            }
        )

    def _mode_changed(self, kind: str) -> None:
        editor = self.editors[kind]
        on = editor.criteria_button.isChecked()
        for widget in (editor.table, editor.add_button, editor.remove_button):
            widget.setEnabled(on)
        self._changed()

    def _changed(self, *_: object) -> None:
        self.message.show_error(None)
        self.sig_changed.emit()

    def _name_row(self, table: QTableWidget, row: int) -> None:
        number = str(row + 1)
        field = table.cellWidget(row, 0)
        if field is not None:
            field.setAccessibleName(self.tr("Field, row %1").replace("%1", number))
        rel = table.cellWidget(row, 1)
        if rel is not None:
            rel.setAccessibleName(self.tr("Relationship, row %1").replace("%1", number))

    def _relationship_text(self, rel: Relationship) -> str:
        return {
            Relationship.EQUALS: self.tr("equals"),
            Relationship.NOT_EQUALS: self.tr("does not equal"),
            Relationship.CONTAINS: self.tr("contains"),
            Relationship.STARTS_WITH: self.tr("starts with"),
            Relationship.ENDS_WITH: self.tr("ends with"),
            Relationship.PRESENT: self.tr("has a value"),
            Relationship.ABSENT: self.tr("has no value"),
            Relationship.MEMBER_OF: self.tr("is a member of (group DN)"),
        }[rel]

    def retranslate_ui(self) -> None:
        self.user_button.setText(self.tr("&Users"))
        self.user_button.setAccessibleName(self.tr("Criteria for users"))
        self.group_button.setText(self.tr("&Groups"))
        self.group_button.setAccessibleName(self.tr("Criteria for groups"))
        self.stack.setAccessibleName(self.tr("Sync criteria"))
        users, groups = self.editors["user"], self.editors["group"]
        users.all_button.setText(self.tr("Import &all users in scope"))
        users.criteria_button.setText(self.tr("Import users &based on criteria (every row must hold)"))
        users.table.setAccessibleName(self.tr("User criteria"))
        groups.all_button.setText(self.tr("Import &all groups in scope"))
        groups.criteria_button.setText(self.tr("Import groups &based on criteria (every row must hold)"))
        groups.table.setAccessibleName(self.tr("Group criteria"))
        for editor in (users, groups):
            editor.box.setAccessibleName(editor.table.accessibleName())
            editor.all_button.setAccessibleName(editor.all_button.text().replace("&", ""))
            editor.criteria_button.setAccessibleName(editor.criteria_button.text().replace("&", ""))
            editor.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Relationship"), self.tr("Value")])
            editor.add_button.setText(self.tr("A&dd row"))
            editor.add_button.setAccessibleName(self.tr("Add a criteria row"))
            editor.remove_button.setText(self.tr("&Remove row"))
            editor.remove_button.setAccessibleName(self.tr("Remove the selected criteria rows"))
            for row in range(editor.table.rowCount()):
                self._name_row(editor.table, row)
                rel = editor.table.cellWidget(row, 1)
                if isinstance(rel, QComboBox):
                    for index in range(rel.count()):
                        rel.setItemText(index, self._relationship_text(Relationship(rel.itemData(index))))
        self.note.setText(
            self.tr(
                "Users and groups have criteria of their own. Values are matched as text, ignoring case; "
                '"is a member of" takes a group DN and means direct membership. A group that does not meet '
                "its criteria is not synced, and its members are not added to other groups through it."
            )
        )
