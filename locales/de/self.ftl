### Self-service pages (de).

## Log in

login-email-label = E-Mail-Adresse
login-either-label = Benutzername oder E-Mail-Adresse
login-remember-me = Angemeldet bleiben

## Profile

profile-pending-email = Wartet auf Bestätigung: { $address } (rufen Sie den Link auf, den wir an diese Adresse gesendet haben)
profile-change-email = E-Mail-Adresse ändern
profile-delete-account = Konto löschen
profile-language-label = Sprache Ihrer E-Mails
profile-language-submit = Speichern
profile-sessions-title = Wo Sie angemeldet sind
profile-sessions-end-others = Alle anderen Sitzungen beenden
profile-session-this-device = (dieses Gerät)
profile-session-seen = { $ip } · zuletzt aktiv: { $time }
profile-session-end = Abmelden
profile-session-end-label = { $browser } ({ $ip }) abmelden

## Email change

email-change-title = E-Mail-Adresse ändern
email-change-intro = Ihr Konto verwendet { $address }. Wir senden einen Link an die neue Adresse; bis Sie ihn aufrufen, behält Ihr Konto die bisherige Adresse.
email-change-email-label = Neue E-Mail-Adresse
current-password-label = Passwort
email-change-submit = Link senden
email-change-back = Zurück zu Ihrem Konto
email-change-done-title = Prüfen Sie Ihre neue Adresse
email-change-done-text = Wir haben einen Bestätigungslink an Ihre neue Adresse gesendet. Bis Sie ihn aufrufen, behält Ihr Konto seine bisherige Adresse.
email-change-done-hint = Falls er nicht ankommt, sehen Sie im Spam-Ordner nach oder fordern Sie ihn erneut an: Nur der neueste Link funktioniert.
email-confirm-invalid-title = Änderung der E-Mail-Adresse fehlgeschlagen
email-confirm-invalid-text = Ihre E-Mail-Adresse wurde nicht geändert. Der Link war ungültig, möglicherweise weil er bereits benutzt wurde, durch einen neueren ersetzt wurde oder abgelaufen ist.
email-confirm-title = Neue E-Mail-Adresse bestätigen
email-confirm-text = Ihr Konto verwendet ab jetzt { $address }.
email-confirm-submit = Diese Adresse verwenden
email-change-complete-title = E-Mail-Adresse geändert
email-change-complete-text = Ihr Konto verwendet jetzt die neue Adresse. { $profile_link }
    .profile-link = Ihr Konto

## "This wasn't me" (the link in a security notice)

not-me-invalid-title = Link ungültig
not-me-invalid-text = Es wurde nichts geändert. Der Link war ungültig, möglicherweise weil er bereits benutzt wurde, durch einen neueren ersetzt wurde oder abgelaufen ist.
not-me-title = Konto sichern
not-me-intro = Wenn Sie die Änderung, über die wir Sie informiert haben, nicht selbst vorgenommen haben, sichern Sie das Konto { $username }:
not-me-sessions = alle Sitzungen des Kontos werden beendet, wo auch immer sie laufen;
not-me-password = sein Passwort wird ungültig;
not-me-address = das Konto erhält wieder die Adresse, an die unser Hinweis ging, und dorthin wird ein Link gesendet, mit dem Sie ein neues Passwort wählen können.
not-me-submit = Mein Konto sichern
not-me-done-title = Konto gesichert
not-me-done-text = Alle Sitzungen des Kontos wurden beendet, und sein Passwort ist nicht mehr gültig. Wir haben einen Link, mit dem Sie ein neues Passwort wählen können, an die Adresse unseres Hinweises gesendet.

## Account deletion

delete-title = Konto löschen
delete-warning = Damit wird das Konto { $username } sofort und endgültig gelöscht: Das lässt sich nicht rückgängig machen. Sein Benutzername und seine Adresse ({ $address }) werden wieder frei, und eine letzte E-Mail bestätigt die Löschung.
delete-confirm-hint = Geben Sie zur Bestätigung Ihr Passwort ein.
delete-submit = Mein Konto löschen
delete-keep = Mein Konto behalten
delete-done-title = Konto gelöscht
delete-done-text = Ihr Konto wurde gelöscht. { $home_link }
    .home-link = Zurück zur Startseite

## Language picker

language-picker-label = Sprache

## Field validation (Django's wording)

login-invalid-email = Bitte E-Mail-Adresse und Passwort eingeben. Beide Felder berücksichtigen die Groß-/Kleinschreibung.
login-invalid-either = Bitte Benutzername oder E-Mail-Adresse und Passwort eingeben. Beide Felder berücksichtigen die Groß-/Kleinschreibung.
password-wrong = Das Passwort war falsch. Bitte neu eingeben.
error-invalid-choice = Bitte eine gültige Auswahl treffen. { $value } ist keine gültige Auswahl.
error-same-email = Das ist bereits Ihre E-Mail-Adresse.
