"""The one mapping from error and validation codes to text the user reads (STYLE.md rule 9).

The core and the server emit codes (``crm_protocol.errors.ErrorCode`` and a few UI-side ones);
only this module turns them into sentences, each saying what to do. Texts are marked with
``QT_TRANSLATE_NOOP`` so ``lupdate`` finds them, and translated when asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Messages"

# Codes the UI raises itself (not from the protocol): the key vault and the sign-in screen.
WRONG_PASSWORD = "wrong_password"  # noqa: S105 - an error code, not a password
KEYRING_INSECURE = "keyring_insecure"
KEYRING_LOCKED = "keyring_locked"
UPGRADE_REQUIRED = "upgrade_required"
UNKNOWN = "unknown"
REPLY_OFFLINE = "reply_offline"  # a reply to the verifier could not reach the server

MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        # field validation
        "required": QT_TRANSLATE_NOOP("Messages", "This field is required. Fill it in."),
        "too_long": QT_TRANSLATE_NOOP("Messages", "The text is too long. Shorten it."),
        "invalid_nip": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid NIP. Enter the 10 digits of a Polish tax number."
        ),
        "invalid_regon": QT_TRANSLATE_NOOP("Messages", "Not a valid REGON. Enter 9 or 14 digits."),
        "invalid_pkd": QT_TRANSLATE_NOOP("Messages", "Not a valid PKD code. Use the form 62.01.Z."),
        "invalid_ico": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid IČO. Enter the 8 digits of a Czech company number."
        ),
        "invalid_dic": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid DIČ. Enter CZ followed by 8 to 10 digits."
        ),
        "invalid_postal_code": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid postal code. Check it against the country."
        ),
        "invalid_email": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid e-mail address. Use the form name@example.com."
        ),
        "invalid_url": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid web address. Start it with https://."
        ),
        "invalid_phone": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid phone number. Use digits, optionally starting with +."
        ),
        "invalid_number": QT_TRANSLATE_NOOP("Messages", "Not a number. Enter digits only."),
        "invalid_date": QT_TRANSLATE_NOOP(
            "Messages", "Not a valid date. Use the form year-month-day."
        ),
        "invalid_choice": QT_TRANSLATE_NOOP(
            "Messages", "This value is not in the list. Pick one from the list."
        ),
        "invalid_boolean": QT_TRANSLATE_NOOP("Messages", "Choose yes or no."),
        "invalid_country": QT_TRANSLATE_NOOP(
            "Messages", "Unknown country. Pick a country from the list."
        ),
        # field access
        "unknown_field": QT_TRANSLATE_NOOP(
            "Messages", "This field is not available to you. Leave it out."
        ),
        "field_hidden": QT_TRANSLATE_NOOP(
            "Messages", "This field is not available to you. Leave it out."
        ),
        "field_read_only": QT_TRANSLATE_NOOP(
            "Messages", "This field is read-only for your role. Ask a supervisor to change it."
        ),
        # custom attribute definitions
        "invalid_key": QT_TRANSLATE_NOOP(
            "Messages", "Use lowercase letters, digits and underscores, starting with a letter."
        ),
        "key_reserved": QT_TRANSLATE_NOOP(
            "Messages", "A standard field already has this name. Choose another one."
        ),
        "key_taken": QT_TRANSLATE_NOOP(
            "Messages", "Another custom field already has this name. Choose another one."
        ),
        "invalid_choices": QT_TRANSLATE_NOOP(
            "Messages", "Give a list of different choices, one per line."
        ),
        # records and operations
        "forbidden": QT_TRANSLATE_NOOP(
            "Messages", "Your role does not allow this. Ask your supervisor if you need it."
        ),
        "not_found": QT_TRANSLATE_NOOP(
            "Messages", "This record no longer exists or was moved away from you. Refresh the list."
        ),
        "conflict": QT_TRANSLATE_NOOP(
            "Messages",
            "Someone else changed this record meanwhile. Review the conflict on the "
            "Conflicts page.",
        ),
        "assignment_closed": QT_TRANSLATE_NOOP(
            "Messages", "This assignment is closed. Ask your coordinator to reopen it."
        ),
        "user_deactivated": QT_TRANSLATE_NOOP(
            "Messages", "This user account is deactivated. Contact your administrator."
        ),
        "export_limit_exceeded": QT_TRANSLATE_NOOP(
            "Messages", "The export is larger than your limit. Narrow the list and try again."
        ),
        # exports (the server's refusals of a ticket, and crm_desktop.services.exports.ExportCode)
        "step_up_failed": QT_TRANSLATE_NOOP(
            "Messages", "Wrong password. Type the password you sign in with, then try again."
        ),
        "too_many_attempts": QT_TRANSLATE_NOOP(
            "Messages", "Too many wrong passwords. Wait a few minutes, then try again."
        ),
        "export_row_cap": QT_TRANSLATE_NOOP(
            "Messages",
            "More rows than your role may export at once. Narrow the list with the search or "
            "filters, or select fewer rows.",
        ),
        "export_quota_exceeded": QT_TRANSLATE_NOOP(
            "Messages",
            "Your export limit for today is used up. Try again tomorrow, or ask your "
            "administrator to raise it.",
        ),
        "export_nothing": QT_TRANSLATE_NOOP(
            "Messages", "Nothing to export: no row here is one your role may export."
        ),
        "export_offline_not_allowed": QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot reach the server, and your organisation allows exports only online. "
            "Connect to the network, then try again.",
        ),
        "export_disk_full": QT_TRANSLATE_NOOP(
            "Messages", "The disk is full. Free some space or choose another place for the file."
        ),
        "export_write_denied": QT_TRANSLATE_NOOP(
            "Messages",
            "You may not write a file there. Choose another folder, for example Documents.",
        ),
        "export_write_failed": QT_TRANSLATE_NOOP(
            "Messages", "The file could not be written there. Check the folder and try again."
        ),
        "export_columns_changed": QT_TRANSLATE_NOOP(
            "Messages",
            "Your access to some columns has changed. Sync now (Ctrl+R), then export again.",
        ),
        "export_clipboard_too_many": QT_TRANSLATE_NOOP(
            "Messages", "Too many rows for the clipboard. Use Export (Ctrl+Shift+E) instead."
        ),
        "export_clipboard_offline": QT_TRANSLATE_NOOP(
            "Messages",
            "Copying several rows needs the server. Connect to the network, or copy one row.",
        ),
        # the environment
        "keyring_unavailable": QT_TRANSLATE_NOOP(
            "Messages",
            "The system key store is not available. Start or install it (for example "
            "GNOME Keyring), then try again.",
        ),
        KEYRING_INSECURE: QT_TRANSLATE_NOOP(
            "Messages",
            "The system key store is not secure enough. Configure an encrypted one, then "
            "try again.",
        ),
        KEYRING_LOCKED: QT_TRANSLATE_NOOP(
            "Messages", "The system key store is locked. Unlock it, then try again."
        ),
        "server_unreachable": QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot reach the server. Check the network; your changes are kept and sent later.",
        ),
        "protocol_mismatch": QT_TRANSLATE_NOOP(
            "Messages", "This app and the server do not match. Install the current version."
        ),
        UPGRADE_REQUIRED: QT_TRANSLATE_NOOP(
            "Messages", "This version is too old for the server. Install the current version."
        ),
        "authentication_failed": QT_TRANSLATE_NOOP(
            "Messages", "Sign-in failed. Check your login and password and try again."
        ),
        WRONG_PASSWORD: QT_TRANSLATE_NOOP(
            "Messages", "Wrong password. Check Caps Lock and the keyboard layout, then try again."
        ),
        "bad_file": QT_TRANSLATE_NOOP(
            "Messages", "This file cannot be read. Check that it is an unchanged .xlsx file."
        ),
        "store_locked": QT_TRANSLATE_NOOP(
            "Messages", "Your local data is locked. Connect to the server and sign in again."
        ),
        # signing in and the local profile (codes of crm_desktop.services.signin, security, sync)
        "account_locked": QT_TRANSLATE_NOOP(
            "Messages",
            "Too many failed sign-ins: the server has locked this account for a while. Wait, "
            "or ask your administrator to unlock it.",
        ),
        "unlock_throttled": QT_TRANSLATE_NOOP(
            "Messages", "Too many wrong passwords. Wait until the time shown, then try again."
        ),
        "lease_expired": QT_TRANSLATE_NOOP(
            "Messages",
            "You have been offline too long, so your local data is locked. Connect to the "
            "network and sign in again.",
        ),
        "profile_wiped": QT_TRANSLATE_NOOP(
            "Messages",
            "You were offline longer than allowed, so the local data was erased. Sign in online "
            "to download it again.",
        ),
        "invalid_server_url": QT_TRANSLATE_NOOP(
            "Messages", "Not a server address. Use the form https://crm.example.com."
        ),
        "sync_insecure_url": QT_TRANSLATE_NOOP(
            "Messages",
            "Plain http:// is only allowed for this computer. Use the https:// address your "
            "administrator gave you.",
        ),
        "sync_session_ended": QT_TRANSLATE_NOOP(
            "Messages", "Your session has ended. Sign in again to continue syncing."
        ),
        "sync_key_mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "The server's identity has changed. Do not continue; contact your administrator.",
        ),
        "sync_bad_lease": QT_TRANSLATE_NOOP(
            "Messages", "The server sent an invalid answer. Contact your administrator."
        ),
        "sync_wiped": QT_TRANSLATE_NOOP(
            "Messages",
            "Your access to this data has ended, so it was erased from this computer.",
        ),
        "keyring_failed": QT_TRANSLATE_NOOP(
            "Messages", "The system key store reported an error. Restart it, then try again."
        ),
        "keyring_backend_changed": QT_TRANSLATE_NOOP(
            "Messages",
            "The system key store has changed since this profile was created. Switch back to "
            "the previous one, or sign in online to start again.",
        ),
        "keyring_secret_missing": QT_TRANSLATE_NOOP(
            "Messages",
            "The key of your local data is missing from the system key store. Sign in online "
            "to download your data again.",
        ),
        "vault_corrupt": QT_TRANSLATE_NOOP(
            "Messages",
            "The local key file is damaged. Sign in online to download your data again.",
        ),
        "vault_missing": QT_TRANSLATE_NOOP(
            "Messages", "No local data for this login yet. Sign in online first."
        ),
        "vault_version_unsupported": QT_TRANSLATE_NOOP(
            "Messages", "Your local data was made by a newer version. Install the current one."
        ),
        # import (codes of crm_desktop.services.dataio.codes)
        "duplicate_in_file": QT_TRANSLATE_NOOP(
            "Messages", "An earlier row of this file has the same identifier or phone. Keep one."
        ),
        "duplicate_existing": QT_TRANSLATE_NOOP(
            "Messages", "A customer with this identifier or phone already exists. Not imported."
        ),
        "unsupported_file_type": QT_TRANSLATE_NOOP(
            "Messages", "This file type cannot be imported. Choose an .xlsx or .csv file."
        ),
        "field_mapped_twice": QT_TRANSLATE_NOOP(
            "Messages", "Two columns are imported into the same field. Change one of them."
        ),
        "no_such_column": QT_TRANSLATE_NOOP(
            "Messages", "The file has no such column. Choose the file again."
        ),
        "import_save_failed": QT_TRANSLATE_NOOP(
            "Messages",
            "Saving stopped. Rows saved so far are kept; run the import again for the rest.",
        ),
        # ARES, the Czech business registry
        "registry_not_found": QT_TRANSLATE_NOOP(
            "Messages", "ARES has no company with this IČO. Check the number."
        ),
        "registry_bad_response": QT_TRANSLATE_NOOP(
            "Messages", "ARES sent an answer that cannot be read. Try again later."
        ),
        "registry_timeout": QT_TRANSLATE_NOOP(
            "Messages", "ARES did not answer in time. Try again later."
        ),
        "registry_server_error": QT_TRANSLATE_NOOP(
            "Messages", "ARES reported an error of its own. Try again later."
        ),
        "registry_rate_limited": QT_TRANSLATE_NOOP(
            "Messages", "Too many ARES lookups at once. Wait a minute, then try again."
        ),
        "registry_unreachable": QT_TRANSLATE_NOOP(
            "Messages", "Cannot reach ARES. Check the network connection."
        ),
        "insecure_url": QT_TRANSLATE_NOOP(
            "Messages", "The ARES address is not secure. Use an https:// address in the settings."
        ),
        # the customer form's reply to the verifier (online only: nothing is queued)
        REPLY_OFFLINE: QT_TRANSLATE_NOOP(
            "Messages", "No connection: reply not sent. It stays in the field; try again online."
        ),
        UNKNOWN: QT_TRANSLATE_NOOP(
            "Messages", "Something went wrong. Try again; if it keeps happening, report it."
        ),
    }
)


def message(code: str) -> str:
    """The translated, actionable text for ``code`` (a generic one for an unknown code)."""
    source = MESSAGES.get(str(code), MESSAGES[UNKNOWN])
    return QCoreApplication.translate(_CONTEXT, source)
