### Die Web-Administration für die Mitarbeiter der Website (/admin/) (de).

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = Website-Verwaltung

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = Benutzer
# the link to the next page of the list
admin-next-page = Nächste Seite
# the list when nothing matches
admin-no-match = Kein passendes Konto gefunden.
admin-rows-shown =
    { $count ->
        [one] Ein Konto angezeigt.
       *[other] { $count } Konten angezeigt.
    }
# the search field's label
admin-search-label = Benutzername oder E-Mail-Adresse beginnt mit
# the state filter's label
admin-state-label = Status
# the search button
admin-search-submit = Suchen
# the state filter's options, and an account's state
admin-state-all = Alle
admin-state-pending = Wartet auf Aktivierung
admin-state-expired = Aktivierungsfrist abgelaufen
admin-state-active = Aktiv
admin-state-deactivated = Deaktiviert
admin-state-staff = Mitarbeiter
# column headers
admin-col-username = Benutzername
admin-col-email = E-Mail-Adresse
admin-col-state = Status
admin-col-joined = Registriert am

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = Erledigt:
admin-last-login = Letzte Anmeldung
admin-key-issued = Aktivierungslink gesendet
admin-key-expires = Aktivierungslink gültig bis
# the accessible name of the password field of each action form
admin-password-label = Ihr Passwort
admin-actions-title = Aktionen
# shown when the staff member's login is older than 15 minutes
admin-password-hint = Ihre Anmeldung liegt mehr als 15 Minuten zurück: Geben Sie Ihr Passwort ein, um eine Aktion zu bestätigen.
admin-action-activate = Aktivieren
admin-action-resend = Aktivierungs-E-Mail erneut senden
admin-action-extend = Aktivierungsfrist verlängern
admin-action-deactivate = Deaktivieren
admin-action-reactivate = Reaktivieren
admin-action-force-reset = Zurücksetzen des Passworts erzwingen
admin-action-end-sessions = Alle Sitzungen beenden
admin-action-delete = Konto löschen
admin-mails-title = E-Mails
admin-col-when = Zeitpunkt
admin-col-subject = Betreff
admin-col-delivery = Zustellung
admin-col-attempts = Versuche
admin-col-error = Letzter Fehler
admin-mail-sent = Gesendet
admin-mail-failed = Fehlgeschlagen
admin-mail-retrying = Wird erneut versucht
admin-mail-queued = In der Warteschlange
admin-trail-title = Protokoll
admin-col-what = Aktion
admin-col-who = Ausgeführt von
admin-col-from = Herkunft

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = Nichts zu tun: Diese Aktion gilt nicht für ein Konto in diesem Status.
admin-not-yourself = Bei Ihrem eigenen Konto ist das nicht möglich.
admin-password-required = Geben Sie zur Bestätigung dieser Aktion Ihr Passwort ein.

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = Ausgehende E-Mails
# the accessible name of the delivery-state filters
admin-mail-filter-label = Zustellstatus
admin-col-to = An
# the button of an unsent message
admin-mail-retry = Jetzt erneut senden
# the notice after "Retry now"
admin-mail-retried = Die Nachricht wird gleich erneut gesendet.
# the notice after purging
admin-mail-purged =
    { $count ->
        [one] { $count } gesendete Nachricht wurde gelöscht.
       *[other] { $count } gesendete Nachrichten wurden gelöscht.
    }
# the purge form
admin-mail-purge-label = Gesendete Nachrichten löschen, älter als (Tage)
admin-mail-purge-submit = Löschen

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = Registrierungstrichter, letzte 30 Tage
admin-funnel-median = Median der Zeit bis zur Aktivierung
admin-funnel-p90 = 90. Perzentil der Zeit bis zur Aktivierung
admin-funnel-within-hour = Innerhalb einer Stunde aktiviert
admin-funnel-within-day = Innerhalb eines Tages aktiviert
admin-funnel-registered = Registrierungen
admin-funnel-activated = Aktivierungen
admin-funnel-caption = pro Tag, die letzten 30 Tage
admin-funnel-day = Tag
admin-funnel-delivered = Zugestellte Aktivierungs-E-Mails
admin-funnel-expired = Abgelaufen
admin-funnel-deleted = Gelöscht
admin-funnel-failures = Fehlgeschlagene Zustellungen nach Empfängerdomain
admin-funnel-no-failures = Keine fehlgeschlagenen Zustellungen in diesen 30 Tagen.
admin-funnel-domain = Domain
admin-funnel-failed = Fehlgeschlagene Zustellungen
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } Min.
admin-duration-hours = { $hours } Std. { $minutes } Min.
admin-duration-days = { $days } T. { $hours } Std.
