### E-Mail-Betreffs und -Texte (de). Gleiche IDs und Variablen wie locales/en/mail.ftl.

## Shared by all three mails

mail-greeting = Hallo { $username },
mail-team-signature = Ihr Team von { $site_name }

## Activation mail

mail-activation-subject = Kontoaktivierung auf { $site_name }
mail-activation-intro =
    Sie (oder jemand, der sich als Sie ausgibt) haben die Registrierung eines Kontos
    auf { $site_name } beantragt. Falls Sie das nicht waren, ignorieren Sie bitte
    diese E-Mail; Ihre Adresse wird dann aus unseren Unterlagen entfernt.
mail-activation-link-prompt =
    Um dieses Konto zu aktivieren, klicken Sie bitte innerhalb von
    { $expiration_days ->
        [one] { $expiration_days } Tag
       *[other] { $expiration_days } Tagen
    } auf den folgenden Link:
mail-activation-signoff = Mit freundlichen Grüßen
mail-activation-signature = Ihr Team von { $site_name }

## Password reset mail

mail-password-reset-subject = Passwort auf { $site_name } zurücksetzen
mail-password-reset-intro =
    Sie erhalten diese E-Mail, weil Sie ein neues Passwort für Ihr Benutzerkonto
    auf { $site_name } angefordert haben.
mail-password-reset-link-prompt = Bitte öffnen Sie folgende Seite, um ein neues Passwort zu wählen:
mail-password-reset-validity =
    Der Link kann einmal verwendet werden und ist { $timeout_hours ->
        [one] { $timeout_hours } Stunde
       *[other] { $timeout_hours } Stunden
    } lang gültig.
mail-password-reset-username = Ihr Benutzername, falls Sie ihn vergessen haben: { $username }
mail-password-reset-thanks = Vielen Dank, dass Sie unsere Website nutzen!

## "Account exists" mail

mail-account-exists-subject = Sie haben bereits ein Konto auf { $site_name }
mail-account-exists-intro =
    Jemand (vielleicht Sie) hat versucht, mit dieser E-Mail-Adresse ein neues Konto
    auf { $site_name } zu registrieren. Es gibt bereits ein Konto mit dieser Adresse,
    daher wurde kein neues Konto angelegt.
mail-account-exists-login-text = Falls Sie es waren, können Sie sich hier mit Ihrem Benutzernamen ({ $username }) anmelden:
mail-account-exists-login-html = Falls Sie es waren, können Sie sich mit Ihrem Benutzernamen ({ $username }) { $login_link }.
    .login-link = anmelden
mail-account-exists-reset-text = Passwort vergessen? Hier können Sie ein neues wählen:
mail-account-exists-reset-html = Passwort vergessen? { $reset_link }.
    .reset-link = Wählen Sie ein neues
mail-account-exists-ignore = Falls Sie es nicht waren, können Sie diese E-Mail ignorieren: Es hat sich nichts geändert.
