### Assuntos e corpos dos e-mails (pt-BR). Mesmos identificadores e variáveis de locales/en/mail.ftl.

## Shared by all three mails

mail-greeting = Olá, { $username },
mail-team-signature = Equipe { $site_name }

## Activation mail

mail-activation-subject = Ativação de conta em { $site_name }
mail-activation-intro =
    Você (ou alguém se passando por você) pediu para cadastrar uma conta em
    { $site_name }. Se não foi você, ignore este e-mail e seu endereço
    será removido dos nossos registros.
mail-activation-link-prompt =
    Para ativar esta conta, clique no link abaixo dentro de
    { $expiration_days ->
        [one] { $expiration_days } dia
       *[other] { $expiration_days } dias
    }:
mail-activation-signoff = Atenciosamente,
mail-activation-signature = Administração de { $site_name }

## Password reset mail

mail-password-reset-subject = Redefinição de senha em { $site_name }
mail-password-reset-intro =
    Você está recebendo este e-mail porque solicitou a redefinição da senha da sua conta
    em { $site_name }.
mail-password-reset-link-prompt = Acesse a página a seguir e escolha uma nova senha:
mail-password-reset-validity =
    O link funciona uma única vez, por { $timeout_hours ->
        [one] { $timeout_hours } hora
       *[other] { $timeout_hours } horas
    }.
mail-password-reset-username = Seu nome de usuário, caso tenha esquecido: { $username }
mail-password-reset-thanks = Obrigado por usar nosso site!

## "Account exists" mail

mail-account-exists-subject = Você já tem uma conta em { $site_name }
mail-account-exists-intro =
    Alguém (talvez você) tentou cadastrar uma nova conta em { $site_name } com este
    endereço de e-mail. Já existe uma conta com este endereço, então nenhuma conta nova
    foi criada.
mail-account-exists-login-text = Se foi você, entre com seu nome de usuário ({ $username }):
mail-account-exists-login-html = Se foi você, { $login_link } com seu nome de usuário ({ $username }).
    .login-link = entre
mail-account-exists-reset-text = Esqueceu sua senha? Escolha uma nova aqui:
mail-account-exists-reset-html = Esqueceu sua senha? { $reset_link }.
    .reset-link = Escolha uma nova
mail-account-exists-ignore = Se não foi você, pode ignorar este e-mail: nada foi alterado.
