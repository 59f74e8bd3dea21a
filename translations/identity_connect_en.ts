<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BlastRadiusDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/blast.py" line="+69"/>
        <source>%n user(s) left the selected OUs or no longer meet the criteria.</source>
        <translation>
            <numerusform>%n user left the selected OUs or no longer meets the criteria.</numerusform>
            <numerusform>%n users left the selected OUs or no longer meet the criteria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) are disabled in the directory.</source>
        <translation>
            <numerusform>%n user is disabled in the directory.</numerusform>
            <numerusform>%n users are disabled in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) were deleted in the directory.</source>
        <translation>
            <numerusform>%n user was deleted in the directory.</numerusform>
            <numerusform>%n users were deleted in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) for another reason (%1).</source>
        <translation>
            <numerusform>%n user for another reason (%1).</numerusform>
            <numerusform>%n users for another reason (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <location filename="../ui/i18n.py" line="+204"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message numerus="yes">
        <location filename="../ui/errors.py" line="+145"/>
        <source>This computer&apos;s clock differs from the service&apos;s by %n second(s).</source>
        <translation>
            <numerusform>This computer&apos;s clock differs from the service&apos;s by %n second.</numerusform>
            <numerusform>This computer&apos;s clock differs from the service&apos;s by %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). Nothing was changed.</source>
        <translation>
            <numerusform>%n managed user or group is no longer visible to the bind account (last seen in %1). Nothing was changed.</numerusform>
            <numerusform>%n managed users or groups are no longer visible to the bind account (last seen in %1). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/pages_mapping.py" line="+134"/>
        <source>%n attribute(s) available in the directory.</source>
        <translation>
            <numerusform>%n attribute available in the directory.</numerusform>
            <numerusform>%n attributes available in the directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordSyncPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/pages_password_sync.py" line="+573"/>
        <source>%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</source>
        <translation>
            <numerusform>%n password change not accepted by the cloud. It was refused once and is not sent again; the user&apos;s next password change is.</numerusform>
            <numerusform>%n password changes not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/pages_review.py" line="+309"/>
        <source>%n user(s) will be created</source>
        <translation>
            <numerusform>%n user will be created</numerusform>
            <numerusform>%n users will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be updated</source>
        <translation>
            <numerusform>%n user will be updated</numerusform>
            <numerusform>%n users will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be activated</source>
        <translation>
            <numerusform>%n user will be activated</numerusform>
            <numerusform>%n users will be activated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be disabled</source>
        <translation>
            <numerusform>%n user will be disabled</numerusform>
            <numerusform>%n users will be disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be deleted</source>
        <translation>
            <numerusform>%n user will be deleted</numerusform>
            <numerusform>%n users will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be created</source>
        <translation>
            <numerusform>%n group will be created</numerusform>
            <numerusform>%n groups will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be updated</source>
        <translation>
            <numerusform>%n group will be updated</numerusform>
            <numerusform>%n groups will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be deleted</source>
        <translation>
            <numerusform>%n group will be deleted</numerusform>
            <numerusform>%n groups will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly the ones listed, no others.</source>
        <translation>
            <numerusform>%n disable or deletion: more than the safety threshold allows. Finish approves exactly the one listed, no other.</numerusform>
            <numerusform>%n disables and deletions: more than the safety threshold allows. Finish approves exactly the ones listed, no others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n disable(s) and deletion(s): within the safety threshold.</source>
        <translation>
            <numerusform>%n disable or deletion: within the safety threshold.</numerusform>
            <numerusform>%n disables and deletions: within the safety threshold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunDetailsDialog</name>
    <message numerus="yes">
        <location filename="../ui/status/window.py" line="+149"/>
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n object exported.</numerusform>
            <numerusform>%n objects exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Started %1 — %n object(s)</source>
        <translation>
            <numerusform>Started %1 — %n object</numerusform>
            <numerusform>Started %1 — %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message numerus="yes">
        <location filename="../ui/settings/pages_scope.py" line="+195"/>
        <source>%n OU(s) directly below the base DN; open one to read what is below it.</source>
        <translation>
            <numerusform>%n OU directly below the base DN; open one to read what is below it.</numerusform>
            <numerusform>%n OUs directly below the base DN; open one to read what is below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%n user(s) in scope.</source>
        <translation>
            <numerusform>%n user in scope.</numerusform>
            <numerusform>%n users in scope.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message numerus="yes">
        <location filename="../ui/status/window.py" line="+465"/>
        <source>Deleted users are found by a check every %n minute(s): the bind account may not read deleted objects (admin guide: “How deletions are found”).</source>
        <translation>
            <numerusform>Deleted users are found by a check every %n minute: the bind account may not read deleted objects (admin guide: “How deletions are found”).</numerusform>
            <numerusform>Deleted users are found by a check every %n minutes: the bind account may not read deleted objects (admin guide: “How deletions are found”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n second ahead of the tenant&apos;s.</numerusform>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n seconds ahead of the tenant&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n minute ahead of the tenant&apos;s.</numerusform>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n minutes ahead of the tenant&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n second behind the tenant&apos;s.</numerusform>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n seconds behind the tenant&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n minute behind the tenant&apos;s.</numerusform>
            <numerusform>Check the system date and time: this computer&apos;s clock is %n minutes behind the tenant&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message numerus="yes">
        <location filename="../ui/tray/app.py" line="+241"/>
        <source>%n object(s) failed; see the run in the status window.</source>
        <translation>
            <numerusform>%n object failed; see the run in the status window.</numerusform>
            <numerusform>%n objects failed; see the run in the status window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The sync would disable %n user(s).</source>
        <translation>
            <numerusform>The sync would disable %n user.</numerusform>
            <numerusform>The sync would disable %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It would delete %n user(s).</source>
        <translation>
            <numerusform>It would delete %n user.</numerusform>
            <numerusform>It would delete %n users.</numerusform>
        </translation>
    </message>
</context>
</TS>
