### Seiten, Formulare, Validierungs- und Fehlermeldungen (de).
### Gleiche IDs und Variablen wie locales/en/main.ftl; dort stehen die Quellstellen.
### Validierungsmeldungen folgen, wo vorhanden, der offiziellen deutschen Django-Übersetzung.

## Site frame

site-name = Registrierung
nav-log-out = Abmelden
nav-log-in = Anmelden
nav-register = Registrieren

## Home page

home-title = Willkommen
home-heading-user = Willkommen, { $username }
home-link-account = Ihr Konto
home-link-change-password = Passwort ändern
home-link-register = Registrieren
home-link-resend = Aktivierungs-E-Mail erneut senden
home-link-log-in = Anmelden

## Terms of Service

terms-title = Nutzungsbedingungen
terms-agreement = Mit der Registrierung verpflichten Sie sich, diese Website rechtmäßig zu nutzen und Ihr Passwort für sich zu behalten.
terms-deletion = Konten, die nicht innerhalb der Aktivierungsfrist aktiviert werden, werden gelöscht.

## Registration form

register-title = Konto erstellen
register-resend-hint = Keine Aktivierungs-E-Mail erhalten? { $resend_link }
    .resend-link = Erneut senden
register-username-label = Benutzername
register-email-label = E-Mail-Adresse
register-password1-label = Passwort
register-password2-label = Passwort bestätigen
register-tos-label = Ich habe die { $terms_link } gelesen und stimme ihnen zu
    .terms-link = Nutzungsbedingungen
register-use-suggestion = { $address } verwenden
register-honeypot-label = Dieses Feld bitte leer lassen
register-submit = Registrieren

## After registering

register-complete-title = Aktivierungs-E-Mail gesendet
register-complete-check-address = Bitte sehen Sie im Postfach von { $address } nach: Dort finden Sie eine E-Mail mit einem Link, über den Sie Ihr Konto aktivieren.
register-complete-check-inbox = Bitte sehen Sie im Postfach der E-Mail-Adresse nach, mit der Sie sich registriert haben: Dort finden Sie einen Link, über den Sie Ihr Konto aktivieren.
register-complete-validity = Der Link ist nur begrenzte Zeit gültig. Nichts angekommen? { $resend_link }.
    .resend-link = Erneut senden
register-closed-title = Registrierung geschlossen
register-closed-text = Die Registrierung ist derzeit leider geschlossen. Bitte versuchen Sie es später noch einmal.

## Activation

activate-complete-title = Konto aktiviert
activate-complete-heading = Ihr Konto ist jetzt aktiviert.
activate-complete-text = Sie können sich jetzt { $login_link }.
    .login-link = anmelden
activate-failed-title = Aktivierung fehlgeschlagen
activate-failed-heading = Kontoaktivierung fehlgeschlagen
activate-confirm-title = Konto aktivieren
activate-confirm-account = Dieser Link aktiviert das Konto { $username }.
activate-confirm-press = Klicken Sie auf die Schaltfläche, um es zu aktivieren.
activate-confirm-press-log-in = Klicken Sie auf die Schaltfläche, um es zu aktivieren und sich anzumelden.
activate-confirm-submit = Mein Konto aktivieren
activate-already-activated = Dieses Konto wurde mit diesem Link bereits aktiviert.
activate-already-log-in = Sie können sich mit Ihrem Benutzernamen und Passwort { $login_link }.
    .login-link = anmelden
activate-expired = Dieser Aktivierungslink ist abgelaufen.
activate-expired-renew = Neuen Link senden
activate-expired-hint = Der neue Link geht an die Adresse, mit der Sie sich registriert haben. Sie können sich auch { $register_link }.
    .register-link = erneut registrieren
activate-invalid = Dieser Aktivierungslink ist ungültig. Bitte prüfen Sie, ob Sie den vollständigen Link aus der E-Mail kopiert haben.
activate-invalid-hint = Sie können { $resend_link } oder sich { $register_link }.
    .resend-link = einen neuen Aktivierungslink anfordern
    .register-link = registrieren
activate-renewed-title = Neuer Aktivierungslink gesendet
activate-renewed-text = Falls dieser Link zu einer Registrierung gehört, die noch auf ihre Aktivierung wartet, ist ein neuer Link an die dabei angegebene Adresse unterwegs.
common-check-inbox = Bitte sehen Sie in Ihrem Posteingang (und im Spam-Ordner) nach.

## Resend the activation email

resend-title = Aktivierungs-E-Mail erneut senden
resend-email-label = E-Mail-Adresse
resend-submit = Senden
resend-sent = Falls { $email } zu einem Konto gehört, das noch auf seine Aktivierung wartet, haben wir einen neuen Aktivierungslink an diese Adresse gesendet.

## Log in, log out, profile

login-title = Anmelden
login-username-label = Benutzername
login-password-label = Passwort
login-submit = Anmelden
login-forgot-password = Passwort vergessen?
login-register-link = Registrieren
logout-title = Abmelden
logout-done-heading = Abgemeldet
logout-done-text = Sie wurden abgemeldet. { $login_link }
    .login-link = Erneut anmelden
logout-submit = Abmelden
profile-title = Ihr Konto
profile-username = Benutzername: { $username }
profile-email = E-Mail-Adresse: { $email }
profile-change-password = Passwort ändern

## Password change and reset pages

password-new-label = Neues Passwort
password-new-confirm-label = Neues Passwort bestätigen
password-old-label = Altes Passwort
password-change-title = Passwort ändern
password-change-submit = Mein Passwort ändern
password-change-done-title = Passwort erfolgreich geändert
password-change-done-text = Ihr Passwort wurde geändert.
password-reset-title = Passwort zurücksetzen
password-reset-intro = Passwort vergessen? Geben Sie unten Ihre E-Mail-Adresse ein, dann senden wir Ihnen eine Anleitung, wie Sie ein neues festlegen.
password-reset-email-label = E-Mail-Adresse
password-reset-submit = Mein Passwort zurücksetzen
password-reset-done-title = E-Mail zum Zurücksetzen gesendet
password-reset-done-text = Falls ein Konto mit der eingegebenen E-Mail-Adresse existiert, haben wir Ihnen eine Anleitung zum Festlegen Ihres Passworts geschickt. Sie sollte in Kürze ankommen.
password-reset-done-hint = Falls keine E-Mail ankommt, prüfen Sie bitte, ob Sie die Adresse eingegeben haben, mit der Sie sich registriert haben, und sehen Sie auch im Spam-Ordner nach.
password-reset-invalid-title = Zurücksetzen fehlgeschlagen
password-reset-invalid-text = Der Link zum Zurücksetzen des Passworts war ungültig, möglicherweise weil er bereits benutzt wurde. Bitte fordern Sie das Zurücksetzen erneut an.
password-reset-invalid-link = Passwort erneut zurücksetzen
password-reset-confirm-title = Neues Passwort eingeben
password-reset-confirm-intro = Bitte geben Sie Ihr neues Passwort zweimal ein, damit wir prüfen können, ob Sie es richtig eingegeben haben.
password-reset-confirm-submit = Mein Passwort ändern
password-reset-complete-title = Passwort zurückgesetzt
password-reset-complete-text = Ihr Passwort wurde festgelegt. Sie können sich jetzt { $login_link }.
    .login-link = anmelden

## Page not found

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts. { $home_link }.
    .home-link = Zur Startseite

## Field validation (Django's wording)

error-required = Dieses Feld ist zwingend erforderlich.
error-invalid-username = Bitte einen gültigen Benutzernamen eingeben, bestehend aus Buchstaben, Ziffern und @/./+/-/_.
error-duplicate-username = Dieser Benutzername ist bereits vergeben.
error-invalid-email = Bitte gültige E-Mail-Adresse eingeben.
error-duplicate-email = Diese E-Mail-Adresse wird bereits verwendet. Bitte geben Sie eine andere E-Mail-Adresse an.
error-free-email = Die Registrierung mit Adressen kostenloser E-Mail-Anbieter ist nicht erlaubt. Bitte geben Sie eine andere E-Mail-Adresse an.
error-disposable-email = Die Registrierung mit Wegwerf-E-Mail-Adressen ist nicht erlaubt. Bitte geben Sie eine andere E-Mail-Adresse an.
error-domain-cannot-receive = Diese E-Mail-Domain kann keine E-Mails empfangen.
error-tos-required = Sie müssen den Nutzungsbedingungen zustimmen, um sich zu registrieren
error-null-characters = Nullzeichen sind nicht erlaubt.
error-too-long = Bitte sicherstellen, dass der Wert höchstens { $max } Zeichen hat. (Er hat { $actual }.)
error-did-you-mean = Meinten Sie { $address }?
error-try-again = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.
error-rate-limited =
    Zu viele Versuche. Bitte warten Sie { $retry_after ->
        [one] { $retry_after } Sekunde
       *[other] { $retry_after } Sekunden
    } und versuchen Sie es dann erneut.
login-invalid = Bitte Benutzername und Passwort eingeben. Beide Felder berücksichtigen die Groß-/Kleinschreibung.
password-wrong-old = Das alte Passwort war falsch. Bitte neu eingeben.

## Password validators (Django's wording)

password-mismatch = Die beiden Passwörter sind nicht identisch.
password-too-short = Dieses Passwort ist zu kurz. Es muss mindestens { $min } Zeichen enthalten.
password-too-common = Dieses Passwort ist zu üblich.
password-entirely-numeric = Dieses Passwort ist komplett numerisch.
password-similar-username = Das Passwort ist dem Benutzernamen zu ähnlich.
password-similar-email = Das Passwort ist der E-Mail-Adresse zu ähnlich.
password-help-similarity = Das Passwort darf nicht zu ähnlich zu anderen persönlichen Informationen sein.
password-help-min-length = Das Passwort muss mindestens { $min } Zeichen enthalten.
password-help-common = Das Passwort darf nicht allgemein üblich sein.
password-help-numeric = Das Passwort darf nicht komplett aus Ziffern bestehen.

## HTTP error answers (plain HTML door)

http-too-many-title = Zu viele Versuche
common-wait-retry =
    Bitte warten Sie { $retry_after ->
        [one] { $retry_after } Sekunde
       *[other] { $retry_after } Sekunden
    } und versuchen Sie es dann erneut.
http-unavailable = Das ist gerade nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
http-bad-form = Das Formular konnte nicht gelesen werden.
http-bad-host = Ungültige Anfrage (400): Diese Website antwortet nicht auf diesen Hostnamen.
http-cross-site = Verboten: Dieses Formular wurde von einer anderen Website gesendet.
http-too-large-title = Anfrage zu groß
http-too-large-text = Das gesendete Formular ist größer, als diese Website annimmt. Bitte gehen Sie zurück, kürzen Sie Ihre Eingaben und versuchen Sie es erneut.
http-starting = Der Dienst startet gerade. Bitte versuchen Sie es in ein paar Sekunden erneut.

## JSON API problem details

problem-cross-site = Diese Anfrage wurde von einer anderen Website gesendet.
problem-no-such-operation = Diese Operation gibt es nicht.
problem-not-found = Diese Aktion ist auf dieser Website nicht verfügbar.
problem-invalid-input = Die Eingaben enthalten Fehler.
problem-rate-limited = Zu viele Versuche.
problem-login-required = Sie müssen sich anmelden.
problem-registration-closed = Die Registrierung ist geschlossen.
problem-already-logged-in = Sie sind bereits angemeldet.
problem-invalid-token = Der Link zum Zurücksetzen des Passworts war ungültig, möglicherweise weil er bereits benutzt wurde.
problem-invalid-link = Der Link war ungültig, möglicherweise weil er bereits benutzt wurde oder abgelaufen ist.
problem-unavailable = Bei uns ist etwas schiefgelaufen.
problem-unavailable-detail = Bitte versuchen Sie es gleich noch einmal.
problem-activation-key-invalid = Dieser Aktivierungsschlüssel ist ungültig.
problem-activation-key-expired = Dieser Aktivierungsschlüssel ist abgelaufen.
problem-activation-key-expired-detail = Fordern Sie eine neue Aktivierungs-E-Mail an.
problem-already-activated = Dieses Konto wurde bereits aktiviert.
problem-unsupported-media-type = Senden Sie den Anfragetext als application/json.
problem-malformed-body = Der Anfragetext konnte nicht gelesen werden.

## Development mailbox

devmail-title = Entwicklungs-Postfach
devmail-nav-label = Entwicklung
devmail-nav-mailbox = Postfach
devmail-nav-register = Registrieren
devmail-intro =
    { $capacity ->
        [one] Die letzte E-Mail
       *[other] Die letzten { $capacity } E-Mails
    }, die dieser Server gesendet hat ({ $setting }, nur für die Entwicklung). Neueste zuerst.
devmail-col-received = Empfangen
devmail-col-to = An
devmail-col-subject = Betreff
devmail-col-from = Von
devmail-empty = Noch keine E-Mails. { $register_link } und dann hierher zurückkehren, um die Aktivierungs-E-Mail zu öffnen.
    .register-link = Registrieren
devmail-view-html = HTML-Version anzeigen
devmail-back = Zurück zum Postfach
devmail-no-such-mail = Keine solche E-Mail (das Postfach behält die letzten { $capacity }).
devmail-no-html-part = Keine solche E-Mail, oder sie hat keinen HTML-Teil.
