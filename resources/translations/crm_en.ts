<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Next record</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>&amp;Previous record</translation>
    </message>
    <message>
        <source>Next &amp;flagged row</source>
        <translation>Next &amp;flagged row</translation>
    </message>
    <message>
        <source>Previous f&amp;lagged row</source>
        <translation>Previous f&amp;lagged row</translation>
    </message>
    <message>
        <source>&amp;Where am I</source>
        <translation>&amp;Where am I</translation>
    </message>
    <message>
        <source>Switch between &amp;navigation and page</source>
        <translation>Switch between &amp;navigation and page</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <source>Loo&amp;k up in ARES</source>
        <translation>Loo&amp;k up in ARES</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>&amp;Export customers…</translation>
    </message>
</context>
<context>
    <name>AresFormLookup</name>
    <message>
        <source>Look up in ARES</source>
        <translation>Look up in ARES</translation>
    </message>
    <message>
        <source>Undo the lookup</source>
        <translation>Undo the lookup</translation>
    </message>
    <message>
        <source>Fill name, address and DIČ from ARES (Ctrl+Shift+A)</source>
        <translation>Fill name, address and DIČ from ARES (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Restore the values the lookup changed</source>
        <translation>Restore the values the lookup changed</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A looks it up in ARES.</source>
        <translation>Ctrl+Shift+A looks it up in ARES.</translation>
    </message>
    <message>
        <source>Your role cannot change the fields ARES fills.</source>
        <translation>Your role cannot change the fields ARES fills.</translation>
    </message>
    <message>
        <source>Enter a valid IČO first.</source>
        <translation>Enter a valid IČO first.</translation>
    </message>
    <message>
        <source>Looking up {ico} in ARES…</source>
        <translation>Looking up {ico} in ARES…</translation>
    </message>
    <message>
        <source>{reason} The lookup is queued and runs after the next successful sync; it fills the fields that are still empty then.</source>
        <translation>{reason} The lookup is queued and runs after the next successful sync; it fills the fields that are still empty then.</translation>
    </message>
    <message>
        <source>{reason} Save the customer: the lookup is then queued and runs after the next successful sync.</source>
        <translation>{reason} Save the customer: the lookup is then queued and runs after the next successful sync.</translation>
    </message>
    <message>
        <source>Warning: ARES records this company as dissolved on {date}.</source>
        <translation>Warning: ARES records this company as dissolved on {date}.</translation>
    </message>
    <message>
        <source>Filled from ARES: {fields}.</source>
        <translation>Filled from ARES: {fields}.</translation>
    </message>
    <message>
        <source>Kept your values of: {fields}.</source>
        <translation>Kept your values of: {fields}.</translation>
    </message>
    <message>
        <source>ARES has the same data as this record.</source>
        <translation>ARES has the same data as this record.</translation>
    </message>
    <message>
        <source>Legal form: {form}.</source>
        <translation>Legal form: {form}.</translation>
    </message>
    <message>
        <source>Check the values and save with Ctrl+S, or undo the lookup.</source>
        <translation>Check the values and save with Ctrl+S, or undo the lookup.</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>ARES has other values</source>
        <translation>ARES has other values</translation>
    </message>
    <message>
        <source>Replace these values with the ones from ARES?</source>
        <translation>Replace these values with the ones from ARES?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>The values from ARES were removed.</source>
        <translation>The values from ARES were removed.</translation>
    </message>
    <message>
        <source>The ARES lookup is queued.</source>
        <translation>The ARES lookup is queued.</translation>
    </message>
</context>
<context>
    <name>AresQueueRunner</name>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: filled {fields}.</source>
        <translation>ARES lookup for {name}: filled {fields}.</translation>
    </message>
    <message>
        <source>ARES lookup for {name}: nothing to fill.</source>
        <translation>ARES lookup for {name}: nothing to fill.</translation>
    </message>
    <message>
        <source>ARES lookup for IČO {ico} not applied: {reason}</source>
        <translation>ARES lookup for IČO {ico} not applied: {reason}</translation>
    </message>
    <message>
        <source>The company is dissolved.</source>
        <translation>The company is dissolved.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instructions</translation>
    </message>
    <message>
        <source>What operators should do.</source>
        <translation>What operators should do.</translation>
    </message>
    <message>
        <source>&amp;Territory</source>
        <translation>&amp;Territory</translation>
    </message>
    <message>
        <source>For example: mazowieckie.</source>
        <translation>For example: mazowieckie.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Daily target</translation>
    </message>
    <message>
        <source>Daily tar&amp;get</source>
        <translation>Daily tar&amp;get</translation>
    </message>
    <message>
        <source>Records an operator should enter per day; 0 for no target.</source>
        <translation>Records an operator should enter per day; 0 for no target.</translation>
    </message>
    <message>
        <source>A person not in the directory</source>
        <translation>A person not in the directory</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>&amp;Principal</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>&amp;Supervisors</source>
        <translation>&amp;Supervisors</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>&amp;Operators</translation>
    </message>
    <message>
        <source>V&amp;erifiers</source>
        <translation>V&amp;erifiers</translation>
    </message>
    <message>
        <source>Space checks or unchecks a person.</source>
        <translation>Space checks or unchecks a person.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Error: a person has one part in an assignment. Uncheck the extra one.</source>
        <translation>Error: a person has one part in an assignment. Uncheck the extra one.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed for operators</source>
        <translation>Closed for operators</translation>
    </message>
    <message>
        <source>Closed definitively</source>
        <translation>Closed definitively</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Assignments</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Records per per&amp;son</source>
        <translation>Records per per&amp;son</translation>
    </message>
    <message>
        <source>Records per person</source>
        <translation>Records per person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>In total</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;New assignment…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>C&amp;ustom field…</source>
        <translation>C&amp;ustom field…</translation>
    </message>
    <message>
        <source>&amp;Close for operators</source>
        <translation>&amp;Close for operators</translation>
    </message>
    <message>
        <source>Close &amp;definitively…</source>
        <translation>Close &amp;definitively…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>user {id}</source>
        <translation>user {id}</translation>
    </message>
    <message>
        <source>Principal: {principal}. Coordinator: {coordinator}. Supervisors: {sup}. Operators: {ops}. Verifiers: {ver}.
Instructions: {instructions}</source>
        <translation>Principal: {principal}. Coordinator: {coordinator}. Supervisors: {sup}. Operators: {ops}. Verifiers: {ver}.
Instructions: {instructions}</translation>
    </message>
    <message>
        <source>Daily target: {target} records per operator.</source>
        <translation>Daily target: {target} records per operator.</translation>
    </message>
    <message>
        <source>No daily target.</source>
        <translation>No daily target.</translation>
    </message>
    <message>
        <source>Assignment created.</source>
        <translation>Assignment created.</translation>
    </message>
    <message>
        <source>Assignment saved.</source>
        <translation>Assignment saved.</translation>
    </message>
    <message>
        <source>Custom field {label} defined.</source>
        <translation>Custom field {label} defined.</translation>
    </message>
    <message>
        <source>Closed for operators.</source>
        <translation>Closed for operators.</translation>
    </message>
    <message>
        <source>Close assignment definitively</source>
        <translation>Close assignment definitively</translation>
    </message>
    <message>
        <source>Close “{name}” definitively?</source>
        <translation>Close “{name}” definitively?</translation>
    </message>
    <message>
        <source>Its sub-assignments close too, their open tasks are cancelled, and operators can no longer change its records. A coordinator can reopen it later.</source>
        <translation>Its sub-assignments close too, their open tasks are cancelled, and operators can no longer change its records. A coordinator can reopen it later.</translation>
    </message>
    <message>
        <source>Close &amp;definitively</source>
        <translation>Close &amp;definitively</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Assignment closed definitively.</source>
        <translation>Assignment closed definitively.</translation>
    </message>
    <message>
        <source>Assignment reopened.</source>
        <translation>Assignment reopened.</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>New custom field</source>
        <translation>New custom field</translation>
    </message>
    <message>
        <source>The field appears on the records of “{assignment}”.</source>
        <translation>The field appears on the records of “{assignment}”.</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>&amp;Required</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores, e.g. herd_size.</source>
        <translation>Lowercase letters, digits and underscores, e.g. herd_size.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>Access to the group decides who sees it.</source>
        <translation>Access to the group decides who sees it.</translation>
    </message>
    <message>
        <source>C&amp;hoices</source>
        <translation>C&amp;hoices</translation>
    </message>
    <message>
        <source>One per line; only for a list.</source>
        <translation>One per line; only for a list.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Accept th&amp;eirs</source>
        <translation>Accept th&amp;eirs</translation>
    </message>
    <message>
        <source>Restore &amp;original</source>
        <translation>Restore &amp;original</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Record {id}</source>
        <translation>Record {id}</translation>
    </message>
    <message>
        <source>Whole record (deleted here)</source>
        <translation>Whole record (deleted here)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>No conflicts. Every change reached the server cleanly.</source>
        <translation>No conflicts. Every change reached the server cleanly.</translation>
    </message>
    <message>
        <source>{n} conflicts wait for your decision.</source>
        <translation>{n} conflicts wait for your decision.</translation>
    </message>
    <message>
        <source>{field} of {record}: you entered “{mine}”, {user} entered “{theirs}”, it was “{base}” before.</source>
        <translation>{field} of {record}: you entered “{mine}”, {user} entered “{theirs}”, it was “{base}” before.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Kept your value.</source>
        <translation>Kept your value.</translation>
    </message>
    <message>
        <source>Accepted their value.</source>
        <translation>Accepted their value.</translation>
    </message>
    <message>
        <source>Restored the original value.</source>
        <translation>Restored the original value.</translation>
    </message>
    <message>
        <source>{done} {n} left.</source>
        <translation>{done} {n} left.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer {row} of {total}</source>
        <translation>Customer {row} of {total}</translation>
    </message>
    <message>
        <source>Back to list</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>{group} (read-only)</source>
        <translation>{group} (read-only)</translation>
    </message>
    <message>
        <source>Flagged by the verifier: {reason}. {comment}</source>
        <translation>Flagged by the verifier: {reason}. {comment}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>ARES lookup is not available here.</source>
        <translation>ARES lookup is not available here.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 or 14 digits</translation>
    </message>
    <message>
        <source>For example 10.11.Z</source>
        <translation>For example 10.11.Z</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>CZ and 8 to 10 digits</source>
        <translation>CZ and 8 to 10 digits</translation>
    </message>
    <message>
        <source>For example 00-950 or 602 00</source>
        <translation>For example 00-950 or 602 00</translation>
    </message>
    <message>
        <source>For example name@example.com</source>
        <translation>For example name@example.com</translation>
    </message>
    <message>
        <source>Starts with https://</source>
        <translation>Starts with https://</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>A number</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Year-month-day</translation>
    </message>
    <message>
        <source>Digits, optionally starting with +</source>
        <translation>Digits, optionally starting with +</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Read-only.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>The record is saved on this device and sent at the next sync.</source>
        <translation>The record is saved on this device and sent at the next sync.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Assignment: {name}</source>
        <translation>Assignment: {name}</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Flagged: {fields}</translation>
    </message>
    <message>
        <source>Verification: {state}</source>
        <translation>Verification: {state}</translation>
    </message>
    <message>
        <source>Read-only: the assignment is closed.</source>
        <translation>Read-only: the assignment is closed.</translation>
    </message>
    <message>
        <source>Read-only: your role cannot edit this record.</source>
        <translation>Read-only: your role cannot edit this record.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Version from the server</source>
        <translation>Version from the server</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>Back to the customer list (Esc)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Owners over time</source>
        <translation>Owners over time</translation>
    </message>
    <message>
        <source>Fields flagged by the verifier</source>
        <translation>Fields flagged by the verifier</translation>
    </message>
    <message>
        <source>Discussion with the verifier</source>
        <translation>Discussion with the verifier</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <source>Not saved. {reason}</source>
        <translation>Not saved. {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved, {count} errors. {first}</source>
        <translation>Not saved, {count} errors. {first}</translation>
    </message>
    <message>
        <source>Not saved. {first}</source>
        <translation>Not saved. {first}</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Flagged: {fields}</source>
        <translation>Flagged: {fields}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>This customer is no longer on this device.</source>
        <translation>This customer is no longer on this device.</translation>
    </message>
    <message>
        <source>Unsaved changes. Save with Ctrl+S first.</source>
        <translation>Unsaved changes. Save with Ctrl+S first.</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>search “{text}”</translation>
    </message>
    <message>
        <source>none (every customer in the list)</source>
        <translation>none (every customer in the list)</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Name, identifier, phone, e-mail or city</source>
        <translation>Name, identifier, phone, e-mail or city</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Assignment</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Verification</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>R&amp;egion</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>Sort by &amp;column</source>
        <translation>Sort by &amp;column</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the list or the selected rows (Ctrl+Shift+E)</source>
        <translation>Export the list or the selected rows (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Sort by the column of the current cell; again to reverse</source>
        <translation>Sort by the column of the current cell; again to reverse</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <source>{count} found.</source>
        <translation>{count} found.</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>This column cannot be sorted.</translation>
    </message>
    <message>
        <source>Sorted by {column}, descending.</source>
        <translation>Sorted by {column}, descending.</translation>
    </message>
    <message>
        <source>Sorted by {column}, ascending.</source>
        <translation>Sorted by {column}, ascending.</translation>
    </message>
    <message>
        <source>No more customers.</source>
        <translation>No more customers.</translation>
    </message>
    <message>
        <source>No more flagged customers.</source>
        <translation>No more flagged customers.</translation>
    </message>
</context>
<context>
    <name>DataIo</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>{field} is required: import a column of the file into it.</source>
        <translation>{field} is required: import a column of the file into it.</translation>
    </message>
    <message>
        <source>{field} is chosen for more than one column (also “{column}”). Keep one.</source>
        <translation>{field} is chosen for more than one column (also “{column}”). Keep one.</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>{column}, {row}</source>
        <translation>{column}, {row}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>The file holds only the columns your role may see. It is marked with your login, the time and an export number, and the export is recorded.</source>
        <translation>The file holds only the columns your role may see. It is marked with your login, the time and an export number, and the export is recorded.</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Rows</translation>
    </message>
    <message>
        <source>Filter of the list: {filter}</source>
        <translation>Filter of the list: {filter}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Where the xlsx file is saved.</source>
        <translation>Where the xlsx file is saved.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Choose the file in a file dialog</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Confirm the export with the password you sign in with.</source>
        <translation>Confirm the export with the password you sign in with.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>The current list ({rows})</source>
        <translation>The current list ({rows})</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <source>none selected</source>
        <translation>none selected</translation>
    </message>
    <message>
        <source>The selected rows ({rows})</source>
        <translation>The selected rows ({rows})</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <source>selected rows of the customer list; filter: {filter}</source>
        <translation>selected rows of the customer list; filter: {filter}</translation>
    </message>
    <message>
        <source>customer list; filter: {filter}</source>
        <translation>customer list; filter: {filter}</translation>
    </message>
    <message>
        <source>Stopping… the partial file is removed.</source>
        <translation>Stopping… the partial file is removed.</translation>
    </message>
    <message>
        <source>Writing rows: {done} of {total}.</source>
        <translation>Writing rows: {done} of {total}.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
    <message>
        <source>Exported {rows} customers to {file}. Export number: {id}.</source>
        <translation>Exported {rows} customers to {file}. Export number: {id}.</translation>
    </message>
    <message>
        <source>You are offline: the export is reported to the server at the next sync.</source>
        <translation>You are offline: the export is reported to the server at the next sync.</translation>
    </message>
    <message>
        <source>The server is told about it at the next sync.</source>
        <translation>The server is told about it at the next sync.</translation>
    </message>
    <message>
        <source>Export finished: {rows} customers.</source>
        <translation>Export finished: {rows} customers.</translation>
    </message>
    <message>
        <source>&amp;Stop export</source>
        <translation>&amp;Stop export</translation>
    </message>
    <message>
        <source>Asking the server for permission…</source>
        <translation>Asking the server for permission…</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} already exists. Replace it?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Invalid format</source>
        <translation>Invalid format</translation>
    </message>
    <message>
        <source>Wrong value</source>
        <translation>Wrong value</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Corrected, waiting</source>
        <translation>Corrected, waiting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Choice from a list</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>PKD</source>
        <translation>PKD</translation>
    </message>
    <message>
        <source>IČO</source>
        <translation>IČO</translation>
    </message>
    <message>
        <source>DIČ</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Business activity</source>
        <translation>Business activity</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Data source 1</source>
        <translation>Data source 1</translation>
    </message>
    <message>
        <source>Data source 2</source>
        <translation>Data source 2</translation>
    </message>
    <message>
        <source>Data source 3</source>
        <translation>Data source 3</translation>
    </message>
    <message>
        <source>Data source 4</source>
        <translation>Data source 4</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Purchase price</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Assignment fields</source>
        <translation>Assignment fields</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Waiting for verification</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>invalid format</source>
        <translation>invalid format</translation>
    </message>
    <message>
        <source>wrong value</source>
        <translation>wrong value</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file whose first row holds the column names.</source>
        <translation>An .xlsx or .csv file whose first row holds the column names.</translation>
    </message>
    <message>
        <source>Fil&amp;e</source>
        <translation>Fil&amp;e</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Full path</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>No assignment (my customers)</source>
        <translation>No assignment (my customers)</translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation>&amp;Assignment</translation>
    </message>
    <message>
        <source>The imported customers belong to it.</source>
        <translation>The imported customers belong to it.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>{label} (required)</source>
        <translation>{label} (required)</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>Deactivate a user</source>
        <translation>Deactivate a user</translation>
    </message>
    <message>
        <source>&amp;Deactivate and hand over</source>
        <translation>&amp;Deactivate and hand over</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>You can import only into an open assignment you work on, and there is none on this device. Sync, or ask your coordinator.</source>
        <translation>You can import only into an open assignment you work on, and there is none on this device. Sync, or ask your coordinator.</translation>
    </message>
</context>
<context>
    <name>InitialSyncDialog</name>
    <message>
        <source>First sync</source>
        <translation>First sync</translation>
    </message>
    <message>
        <source>Downloading your data</source>
        <translation>Downloading your data</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Sending your changes</source>
        <translation>Sending your changes</translation>
    </message>
    <message>
        <source>Downloading customers</source>
        <translation>Downloading customers</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} of {total}</translation>
    </message>
    <message>
        <source>{phase}: {done}</source>
        <translation>{phase}: {done}</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — CRM</source>
        <translation>Sign in — CRM</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>C&amp;hange server…</source>
        <translation>C&amp;hange server…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Demo users (password: demo)</source>
        <translation>&amp;Demo users (password: demo)</translation>
    </message>
    <message>
        <source>{login} — {role}</source>
        <translation>{login} — {role}</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Server: {url}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Login: {error}</source>
        <translation>Login: {error}</translation>
    </message>
    <message>
        <source>Password: {error}</source>
        <translation>Password: {error}</translation>
    </message>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>Try again in {seconds} s.</translation>
    </message>
    <message>
        <source>&amp;Sign in ({seconds})</source>
        <translation>&amp;Sign in ({seconds})</translation>
    </message>
    <message>
        <source>You can sign in again.</source>
        <translation>You can sign in again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{page}. {status}</source>
        <translation>{page}. {status}</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;{number} {page}</source>
        <translation>&amp;{number} {page}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Pages: Ctrl+1 to Ctrl+7</source>
        <translation>Pages: Ctrl+1 to Ctrl+7</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>About CRM</translation>
    </message>
    <message>
        <source>CRM desktop client, version {version}.</source>
        <translation>CRM desktop client, version {version}.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Sync failed: offline.</source>
        <translation>Sync failed: offline.</translation>
    </message>
    <message>
        <source>New events: {count}</source>
        <translation>New events: {count}</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Each column of the file goes into one field, or is not imported.</source>
        <translation>Each column of the file goes into one field, or is not imported.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Imported into</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>&amp;Columns of the file:</source>
        <translation>&amp;Columns of the file:</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column. Tab leaves the table.</source>
        <translation>F2 chooses the field of the current column. Tab leaves the table.</translation>
    </message>
    <message>
        <source>F2 chooses the field of the current column; Tab leaves the table.</source>
        <translation>F2 chooses the field of the current column; Tab leaves the table.</translation>
    </message>
    <message>
        <source>Poland (PL)</source>
        <translation>Poland (PL)</translation>
    </message>
    <message>
        <source>Czechia (CZ)</source>
        <translation>Czechia (CZ)</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>Leave empty</translation>
    </message>
    <message>
        <source>Co&amp;untry of rows without one</source>
        <translation>Co&amp;untry of rows without one</translation>
    </message>
    <message>
        <source>Also decides the format of their postal codes.</source>
        <translation>Also decides the format of their postal codes.</translation>
    </message>
    <message>
        <source>{matched} of {total} columns recognised.</source>
        <translation>{matched} of {total} columns recognised.</translation>
    </message>
    <message>
        <source>The column names are in {language}.</source>
        <translation>The column names are in {language}.</translation>
    </message>
    <message>
        <source>Not imported, your role cannot write these fields: {columns}.</source>
        <translation>Not imported, your role cannot write these fields: {columns}.</translation>
    </message>
    <message>
        <source>No column is imported. Choose at least one.</source>
        <translation>No column is imported. Choose at least one.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required. Fill it in.</source>
        <translation>This field is required. Fill it in.</translation>
    </message>
    <message>
        <source>The text is too long. Shorten it.</source>
        <translation>The text is too long. Shorten it.</translation>
    </message>
    <message>
        <source>Not a valid NIP. Enter the 10 digits of a Polish tax number.</source>
        <translation>Not a valid NIP. Enter the 10 digits of a Polish tax number.</translation>
    </message>
    <message>
        <source>Not a valid REGON. Enter 9 or 14 digits.</source>
        <translation>Not a valid REGON. Enter 9 or 14 digits.</translation>
    </message>
    <message>
        <source>Not a valid PKD code. Use the form 62.01.Z.</source>
        <translation>Not a valid PKD code. Use the form 62.01.Z.</translation>
    </message>
    <message>
        <source>Not a valid IČO. Enter the 8 digits of a Czech company number.</source>
        <translation>Not a valid IČO. Enter the 8 digits of a Czech company number.</translation>
    </message>
    <message>
        <source>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</source>
        <translation>Not a valid DIČ. Enter CZ followed by 8 to 10 digits.</translation>
    </message>
    <message>
        <source>Not a valid postal code. Check it against the country.</source>
        <translation>Not a valid postal code. Check it against the country.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address. Use the form name@example.com.</source>
        <translation>Not a valid e-mail address. Use the form name@example.com.</translation>
    </message>
    <message>
        <source>Not a valid web address. Start it with https://.</source>
        <translation>Not a valid web address. Start it with https://.</translation>
    </message>
    <message>
        <source>Not a valid phone number. Use digits, optionally starting with +.</source>
        <translation>Not a valid phone number. Use digits, optionally starting with +.</translation>
    </message>
    <message>
        <source>Not a number. Enter digits only.</source>
        <translation>Not a number. Enter digits only.</translation>
    </message>
    <message>
        <source>Not a valid date. Use the form year-month-day.</source>
        <translation>Not a valid date. Use the form year-month-day.</translation>
    </message>
    <message>
        <source>This value is not in the list. Pick one from the list.</source>
        <translation>This value is not in the list. Pick one from the list.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>Unknown country. Pick a country from the list.</source>
        <translation>Unknown country. Pick a country from the list.</translation>
    </message>
    <message>
        <source>This field is not available to you. Leave it out.</source>
        <translation>This field is not available to you. Leave it out.</translation>
    </message>
    <message>
        <source>This field is read-only for your role. Ask a supervisor to change it.</source>
        <translation>This field is read-only for your role. Ask a supervisor to change it.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and underscores, starting with a letter.</source>
        <translation>Use lowercase letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>A standard field already has this name. Choose another one.</source>
        <translation>A standard field already has this name. Choose another one.</translation>
    </message>
    <message>
        <source>Another custom field already has this name. Choose another one.</source>
        <translation>Another custom field already has this name. Choose another one.</translation>
    </message>
    <message>
        <source>Give a list of different choices, one per line.</source>
        <translation>Give a list of different choices, one per line.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask your supervisor if you need it.</source>
        <translation>Your role does not allow this. Ask your supervisor if you need it.</translation>
    </message>
    <message>
        <source>This record no longer exists or was moved away from you. Refresh the list.</source>
        <translation>This record no longer exists or was moved away from you. Refresh the list.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</source>
        <translation>Someone else changed this record meanwhile. Review the conflict on the Conflicts page.</translation>
    </message>
    <message>
        <source>This assignment is closed. Ask your coordinator to reopen it.</source>
        <translation>This assignment is closed. Ask your coordinator to reopen it.</translation>
    </message>
    <message>
        <source>This user account is deactivated. Contact your administrator.</source>
        <translation>This user account is deactivated. Contact your administrator.</translation>
    </message>
    <message>
        <source>The export is larger than your limit. Narrow the list and try again.</source>
        <translation>The export is larger than your limit. Narrow the list and try again.</translation>
    </message>
    <message>
        <source>Wrong password. Type the password you sign in with, then try again.</source>
        <translation>Wrong password. Type the password you sign in with, then try again.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a few minutes, then try again.</source>
        <translation>Too many wrong passwords. Wait a few minutes, then try again.</translation>
    </message>
    <message>
        <source>More rows than your role may export at once. Narrow the list with the search or filters, or select fewer rows.</source>
        <translation>More rows than your role may export at once. Narrow the list with the search or filters, or select fewer rows.</translation>
    </message>
    <message>
        <source>Your export limit for today is used up. Try again tomorrow, or ask your administrator to raise it.</source>
        <translation>Your export limit for today is used up. Try again tomorrow, or ask your administrator to raise it.</translation>
    </message>
    <message>
        <source>Nothing to export: no row here is one your role may export.</source>
        <translation>Nothing to export: no row here is one your role may export.</translation>
    </message>
    <message>
        <source>Cannot reach the server, and your organisation allows exports only online. Connect to the network, then try again.</source>
        <translation>Cannot reach the server, and your organisation allows exports only online. Connect to the network, then try again.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space or choose another place for the file.</source>
        <translation>The disk is full. Free some space or choose another place for the file.</translation>
    </message>
    <message>
        <source>You may not write a file there. Choose another folder, for example Documents.</source>
        <translation>You may not write a file there. Choose another folder, for example Documents.</translation>
    </message>
    <message>
        <source>The file could not be written there. Check the folder and try again.</source>
        <translation>The file could not be written there. Check the folder and try again.</translation>
    </message>
    <message>
        <source>Your access to some columns has changed. Sync now (Ctrl+R), then export again.</source>
        <translation>Your access to some columns has changed. Sync now (Ctrl+R), then export again.</translation>
    </message>
    <message>
        <source>Too many rows for the clipboard. Use Export (Ctrl+Shift+E) instead.</source>
        <translation>Too many rows for the clipboard. Use Export (Ctrl+Shift+E) instead.</translation>
    </message>
    <message>
        <source>Copying several rows needs the server. Connect to the network, or copy one row.</source>
        <translation>Copying several rows needs the server. Connect to the network, or copy one row.</translation>
    </message>
    <message>
        <source>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</source>
        <translation>The system key store is not available. Start or install it (for example GNOME Keyring), then try again.</translation>
    </message>
    <message>
        <source>The system key store is not secure enough. Configure an encrypted one, then try again.</source>
        <translation>The system key store is not secure enough. Configure an encrypted one, then try again.</translation>
    </message>
    <message>
        <source>The system key store is locked. Unlock it, then try again.</source>
        <translation>The system key store is locked. Unlock it, then try again.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network; your changes are kept and sent later.</source>
        <translation>Cannot reach the server. Check the network; your changes are kept and sent later.</translation>
    </message>
    <message>
        <source>This app and the server do not match. Install the current version.</source>
        <translation>This app and the server do not match. Install the current version.</translation>
    </message>
    <message>
        <source>This version is too old for the server. Install the current version.</source>
        <translation>This version is too old for the server. Install the current version.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your login and password and try again.</source>
        <translation>Sign-in failed. Check your login and password and try again.</translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Wrong password. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
        <source>This file cannot be read. Check that it is an unchanged .xlsx file.</source>
        <translation>This file cannot be read. Check that it is an unchanged .xlsx file.</translation>
    </message>
    <message>
        <source>Your local data is locked. Connect to the server and sign in again.</source>
        <translation>Your local data is locked. Connect to the server and sign in again.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the server has locked this account for a while. Wait, or ask your administrator to unlock it.</source>
        <translation>Too many failed sign-ins: the server has locked this account for a while. Wait, or ask your administrator to unlock it.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait until the time shown, then try again.</source>
        <translation>Too many wrong passwords. Wait until the time shown, then try again.</translation>
    </message>
    <message>
        <source>You have been offline too long, so your local data is locked. Connect to the network and sign in again.</source>
        <translation>You have been offline too long, so your local data is locked. Connect to the network and sign in again.</translation>
    </message>
    <message>
        <source>You were offline longer than allowed, so the local data was erased. Sign in online to download it again.</source>
        <translation>You were offline longer than allowed, so the local data was erased. Sign in online to download it again.</translation>
    </message>
    <message>
        <source>Not a server address. Use the form https://crm.example.com.</source>
        <translation>Not a server address. Use the form https://crm.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer. Use the https:// address your administrator gave you.</source>
        <translation>Plain http:// is only allowed for this computer. Use the https:// address your administrator gave you.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue syncing.</source>
        <translation>Your session has ended. Sign in again to continue syncing.</translation>
    </message>
    <message>
        <source>The server&apos;s identity has changed. Do not continue; contact your administrator.</source>
        <translation>The server&apos;s identity has changed. Do not continue; contact your administrator.</translation>
    </message>
    <message>
        <source>The server sent an invalid answer. Contact your administrator.</source>
        <translation>The server sent an invalid answer. Contact your administrator.</translation>
    </message>
    <message>
        <source>Your access to this data has ended, so it was erased from this computer.</source>
        <translation>Your access to this data has ended, so it was erased from this computer.</translation>
    </message>
    <message>
        <source>The system key store reported an error. Restart it, then try again.</source>
        <translation>The system key store reported an error. Restart it, then try again.</translation>
    </message>
    <message>
        <source>The system key store has changed since this profile was created. Switch back to the previous one, or sign in online to start again.</source>
        <translation>The system key store has changed since this profile was created. Switch back to the previous one, or sign in online to start again.</translation>
    </message>
    <message>
        <source>The key of your local data is missing from the system key store. Sign in online to download your data again.</source>
        <translation>The key of your local data is missing from the system key store. Sign in online to download your data again.</translation>
    </message>
    <message>
        <source>The local key file is damaged. Sign in online to download your data again.</source>
        <translation>The local key file is damaged. Sign in online to download your data again.</translation>
    </message>
    <message>
        <source>No local data for this login yet. Sign in online first.</source>
        <translation>No local data for this login yet. Sign in online first.</translation>
    </message>
    <message>
        <source>Your local data was made by a newer version. Install the current one.</source>
        <translation>Your local data was made by a newer version. Install the current one.</translation>
    </message>
    <message>
        <source>An earlier row of this file has the same identifier or phone. Keep one.</source>
        <translation>An earlier row of this file has the same identifier or phone. Keep one.</translation>
    </message>
    <message>
        <source>A customer with this identifier or phone already exists. Not imported.</source>
        <translation>A customer with this identifier or phone already exists. Not imported.</translation>
    </message>
    <message>
        <source>This file type cannot be imported. Choose an .xlsx or .csv file.</source>
        <translation>This file type cannot be imported. Choose an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>Two columns are imported into the same field. Change one of them.</source>
        <translation>Two columns are imported into the same field. Change one of them.</translation>
    </message>
    <message>
        <source>The file has no such column. Choose the file again.</source>
        <translation>The file has no such column. Choose the file again.</translation>
    </message>
    <message>
        <source>Saving stopped. Rows saved so far are kept; run the import again for the rest.</source>
        <translation>Saving stopped. Rows saved so far are kept; run the import again for the rest.</translation>
    </message>
    <message>
        <source>ARES has no company with this IČO. Check the number.</source>
        <translation>ARES has no company with this IČO. Check the number.</translation>
    </message>
    <message>
        <source>ARES sent an answer that cannot be read. Try again later.</source>
        <translation>ARES sent an answer that cannot be read. Try again later.</translation>
    </message>
    <message>
        <source>ARES did not answer in time. Try again later.</source>
        <translation>ARES did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>ARES reported an error of its own. Try again later.</source>
        <translation>ARES reported an error of its own. Try again later.</translation>
    </message>
    <message>
        <source>Too many ARES lookups at once. Wait a minute, then try again.</source>
        <translation>Too many ARES lookups at once. Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>Cannot reach ARES. Check the network connection.</source>
        <translation>Cannot reach ARES. Check the network connection.</translation>
    </message>
    <message>
        <source>The ARES address is not secure. Use an https:// address in the settings.</source>
        <translation>The ARES address is not secure. Use an https:// address in the settings.</translation>
    </message>
    <message>
        <source>No connection: reply not sent. It stays in the field; try again online.</source>
        <translation>No connection: reply not sent. It stays in the field; try again online.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it keeps happening, report it.</source>
        <translation>Something went wrong. Try again; if it keeps happening, report it.</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Current assignment</source>
        <translation>Current assignment</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions:</translation>
    </message>
    <message>
        <source>Territory:</source>
        <translation>Territory:</translation>
    </message>
    <message>
        <source>Entered today:</source>
        <translation>Entered today:</translation>
    </message>
    <message>
        <source>Rows rejected by the &amp;verifier</source>
        <translation>Rows rejected by the &amp;verifier</translation>
    </message>
    <message>
        <source>Rows rejected by the verifier</source>
        <translation>Rows rejected by the verifier</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Open selected</translation>
    </message>
    <message>
        <source>No assignment yet. Sync, or ask your supervisor.</source>
        <translation>No assignment yet. Sync, or ask your supervisor.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{count} of {target} (the daily target)</source>
        <translation>{count} of {target} (the daily target)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Open the record for details</source>
        <translation>Open the record for details</translation>
    </message>
    <message>
        <source>No more rejected rows.</source>
        <translation>No more rejected rows.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>This page is not available yet.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Every row is checked; nothing is saved yet.</source>
        <translation>Every row is checked; nothing is saved yet.</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Checking progress</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Problems by reason</source>
        <translation>Problems by reason</translation>
    </message>
    <message>
        <source>Problems by &amp;reason:</source>
        <translation>Problems by &amp;reason:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First problem rows</source>
        <translation>First problem rows</translation>
    </message>
    <message>
        <source>&amp;First problem rows:</source>
        <translation>&amp;First problem rows:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Checking every row… {done} rows so far.</source>
        <translation>Checking every row… {done} rows so far.</translation>
    </message>
    <message>
        <source>{total} rows in the file. {valid} can be imported. {bad} cannot: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>{total} rows in the file. {valid} can be imported. {bad} cannot: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</translation>
    </message>
    <message>
        <source>Nothing to import: go back and check the columns or the file.</source>
        <translation>Nothing to import: go back and check the columns or the file.</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>{valid} of {total} rows can be imported.</source>
        <translation>{valid} of {total} rows can be imported.</translation>
    </message>
</context>
<context>
    <name>RejectFieldDialog</name>
    <message>
        <source>Reject field: {field}</source>
        <translation>Reject field: {field}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>Optional; the operator reads it.</source>
        <translation>Optional; the operator reads it.</translation>
    </message>
    <message>
        <source>Field {field} will be sent back to the operator.</source>
        <translation>Field {field} will be sent back to the operator.</translation>
    </message>
    <message>
        <source>Re&amp;ject field</source>
        <translation>Re&amp;ject field</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RowCopier</name>
    <message>
        <source>Cell copied.</source>
        <translation>Cell copied.</translation>
    </message>
    <message>
        <source>Row copied.</source>
        <translation>Row copied.</translation>
    </message>
    <message>
        <source>{rows} rows of the customer list copied to the clipboard</source>
        <translation>{rows} rows of the customer list copied to the clipboard</translation>
    </message>
    <message>
        <source>{rows} rows copied; the copy is recorded as an export.</source>
        <translation>{rows} rows copied; the copy is recorded as an export.</translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation>Not copied</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Importing {valid} rows…</source>
        <translation>Importing {valid} rows…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
</context>
<context>
    <name>ServerAddressDialog</name>
    <message>
        <source>CRM server</source>
        <translation>CRM server</translation>
    </message>
    <message>
        <source>Connect to your CRM server</source>
        <translation>Connect to your CRM server</translation>
    </message>
    <message>
        <source>Enter the address your administrator gave you. It starts with https://.</source>
        <translation>Enter the address your administrator gave you. It starts with https://.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Server &amp;address</translation>
    </message>
    <message>
        <source>For example https://crm.example.com</source>
        <translation>For example https://crm.example.com</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Applies at once.</source>
        <translation>Applies at once.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>High contrast shows white and yellow on black.</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <source>100% is the text size of the system.</source>
        <translation>100% is the text size of the system.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Demo mode: a local demo server with sample data. Nothing is kept afterwards.</source>
        <translation>Demo mode: a local demo server with sample data. Nothing is kept afterwards.</translation>
    </message>
    <message>
        <source>No system key store was found, so the demo keeps its key in memory only. The real client refuses to run without one.</source>
        <translation>No system key store was found, so the demo keeps its key in memory only. The real client refuses to run without one.</translation>
    </message>
</context>
<context>
    <name>StepUpDialog</name>
    <message>
        <source>Copy {rows} rows</source>
        <translation>Copy {rows} rows</translation>
    </message>
    <message>
        <source>Copying more than one row counts as an export: it is recorded with your login, and needs your password.</source>
        <translation>Copying more than one row counts as an export: it is recorded with your login, and needs your password.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Re&amp;port file</source>
        <translation>Re&amp;port file</translation>
    </message>
    <message>
        <source>Every row not imported, with its column and reason.</source>
        <translation>Every row not imported, with its column and reason.</translation>
    </message>
    <message>
        <source>&amp;Open the report&apos;s folder</source>
        <translation>&amp;Open the report&apos;s folder</translation>
    </message>
    <message>
        <source>The import did not run: {reason}</source>
        <translation>The import did not run: {reason}</translation>
    </message>
    <message>
        <source>{saved} customers saved.</source>
        <translation>{saved} customers saved.</translation>
    </message>
    <message>
        <source>{bad} rows not imported: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</source>
        <translation>{bad} rows not imported: {invalid} with errors, {in_file} repeated in the file, {existing} already among the customers.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Import stopped. Whole batches were saved, nothing of the one interrupted. Run the same file again to finish: saved rows are recognised and skipped.</source>
        <translation>Import stopped. Whole batches were saved, nothing of the one interrupted. Run the same file again to finish: saved rows are recognised and skipped.</translation>
    </message>
    <message>
        <source>Import stopped by an error: {reason} Whole batches were saved, nothing of the one that failed.</source>
        <translation>Import stopped by an error: {reason} Whole batches were saved, nothing of the one that failed.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Pending changes: {count}</source>
        <translation>Pending changes: {count}</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>{connection}. {pending}. {conflicts}. {last_sync}.</source>
        <translation>{connection}. {pending}. {conflicts}. {last_sync}.</translation>
    </message>
</context>
<context>
    <name>SyncStatusPage</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>External call-centre operator</source>
        <translation>External call-centre operator</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Sales representative</translation>
    </message>
    <message>
        <source>Service technician</source>
        <translation>Service technician</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>The new user signs in with this login and password.</source>
        <translation>The new user signs in with this login and password.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Login</translation>
    </message>
    <message>
        <source>Letters, digits and . _ @ -</source>
        <translation>Letters, digits and . _ @ -</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>Roles of {name}</source>
        <translation>Roles of {name}</translation>
    </message>
    <message>
        <source>Roles combine: the user may do what any of them allows.</source>
        <translation>Roles combine: the user may do what any of them allows.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ @ - only.</source>
        <translation>Use letters, digits and . _ @ - only.</translation>
    </message>
    <message>
        <source>Too short. Use at least {n} characters.</source>
        <translation>Too short. Use at least {n} characters.</translation>
    </message>
    <message>
        <source>Error: give at least one role.</source>
        <translation>Error: give at least one role.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation>&amp;Change roles…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>User {name} created.</source>
        <translation>User {name} created.</translation>
    </message>
    <message>
        <source>Roles of {name} saved.</source>
        <translation>Roles of {name} saved.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Fields of the record</source>
        <translation>Fields of the record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Comments with the operator</source>
        <translation>Comments with the operator</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Discussion with the operator</source>
        <translation>Discussion with the operator</translation>
    </message>
    <message>
        <source>Co&amp;mment to the operator</source>
        <translation>Co&amp;mment to the operator</translation>
    </message>
    <message>
        <source>Post &amp;comment</source>
        <translation>Post &amp;comment</translation>
    </message>
    <message>
        <source>&amp;Approve record</source>
        <translation>&amp;Approve record</translation>
    </message>
    <message>
        <source>Re&amp;ject field…</source>
        <translation>Re&amp;ject field…</translation>
    </message>
    <message>
        <source>&amp;Send rejection</source>
        <translation>&amp;Send rejection</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>&amp;Next record</translation>
    </message>
    <message>
        <source>Re&amp;load queue</source>
        <translation>Re&amp;load queue</translation>
    </message>
    <message>
        <source>In the field table: {approve} approves the record, {reject} rejects the selected field, {send} sends the rejection, {next} goes to the next record.</source>
        <translation>In the field table: {approve} approves the record, {reject} rejects the selected field, {send} sends the rejection, {next} goes to the next record.</translation>
    </message>
    <message>
        <source>Approve record</source>
        <translation>Approve record</translation>
    </message>
    <message>
        <source>Reject field</source>
        <translation>Reject field</translation>
    </message>
    <message>
        <source>Send rejection</source>
        <translation>Send rejection</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Next record</translation>
    </message>
    <message>
        <source>No records to verify.</source>
        <translation>No records to verify.</translation>
    </message>
    <message>
        <source>No records are waiting for verification.</source>
        <translation>No records are waiting for verification.</translation>
    </message>
    <message>
        <source>Record {n} of {total} waiting.</source>
        <translation>Record {n} of {total} waiting.</translation>
    </message>
    <message>
        <source>Unnamed record</source>
        <translation>Unnamed record</translation>
    </message>
    <message>
        <source>{record} — {state}</source>
        <translation>{record} — {state}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>{field}: {reason}. Press {send} to send.</source>
        <translation>{field}: {reason}. Press {send} to send.</translation>
    </message>
    <message>
        <source>Rejection sent.</source>
        <translation>Rejection sent.</translation>
    </message>
    <message>
        <source>{what} Next: {record}.</source>
        <translation>{what} Next: {record}.</translation>
    </message>
    <message>
        <source>Record {n} of {total}: {record}.</source>
        <translation>Record {n} of {total}: {record}.</translation>
    </message>
    <message>
        <source>Comment posted.</source>
        <translation>Comment posted.</translation>
    </message>
</context>
<context>
    <name>VerifierReply</name>
    <message>
        <source>Reply to the verifier</source>
        <translation>Reply to the verifier</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends the reply. Sending needs the server.</source>
        <translation>Ctrl+Enter sends the reply. Sending needs the server.</translation>
    </message>
    <message>
        <source>Send the reply to the verifier (Ctrl+Enter)</source>
        <translation>Send the reply to the verifier (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type a reply first.</source>
        <translation>Type a reply first.</translation>
    </message>
    <message>
        <source>Sending the reply…</source>
        <translation>Sending the reply…</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Reply sent.</translation>
    </message>
    <message>
        <source>Reply not sent. {reason} It stays in the field.</source>
        <translation>Reply not sent. {reason} It stays in the field.</translation>
    </message>
</context>
<context>
    <name>_NewOwnerPage</name>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>Who takes the records over.</source>
        <translation>Who takes the records over.</translation>
    </message>
    <message>
        <source>New &amp;owner</source>
        <translation>New &amp;owner</translation>
    </message>
    <message>
        <source>Move open &amp;tasks too</source>
        <translation>Move open &amp;tasks too</translation>
    </message>
</context>
<context>
    <name>_OwnerPage</name>
    <message>
        <source>Whose records</source>
        <translation>Whose records</translation>
    </message>
    <message>
        <source>Pick the person who leaves. Their records are handed over.</source>
        <translation>Pick the person who leaves. Their records are handed over.</translation>
    </message>
    <message>
        <source>&amp;Leaver</source>
        <translation>&amp;Leaver</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>What moves</source>
        <translation>What moves</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{name} owns {customers} records and has {tasks} open tasks.</source>
        <translation>{name} owns {customers} records and has {tasks} open tasks.</translation>
    </message>
</context>
<context>
    <name>_RunPage</name>
    <message>
        <source>Handing over</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Handover progress</source>
        <translation>Handover progress</translation>
    </message>
    <message>
        <source>Moving records and deactivating the user…</source>
        <translation>Moving records and deactivating the user…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Stopping after the current step…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>{customers} records and {tasks} open tasks moved to {owner}.</source>
        <translation>{customers} records and {tasks} open tasks moved to {owner}.</translation>
    </message>
    <message>
        <source>{moved} {leaver} is deactivated and signed out everywhere. Their devices delete the local data at their next contact with the server.</source>
        <translation>{moved} {leaver} is deactivated and signed out everywhere. Their devices delete the local data at their next contact with the server.</translation>
    </message>
    <message>
        <source>Stopped. {moved} {leaver} is still active; run the handover again to finish.</source>
        <translation>Stopped. {moved} {leaver} is still active; run the handover again to finish.</translation>
    </message>
    <message>
        <source>Handover finished.</source>
        <translation>Handover finished.</translation>
    </message>
    <message>
        <source>Handover stopped.</source>
        <translation>Handover stopped.</translation>
    </message>
</context>
</TS>
