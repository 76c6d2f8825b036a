### Páginas, formulários, mensagens de validação e de erro (pt-BR).
### Mesmos identificadores e variáveis de locales/en/main.ftl, onde estão os locais no código.
### As mensagens de validação seguem a tradução oficial do Django para pt_BR quando ela existe.

## Site frame

site-name = Cadastro
nav-log-out = Sair
nav-log-in = Entrar
nav-register = Cadastrar-se

## Home page

home-title = Boas-vindas
home-heading-user = Boas-vindas, { $username }
home-link-account = Sua conta
home-link-change-password = Alterar sua senha
home-link-register = Cadastrar-se
home-link-resend = Reenviar o e-mail de ativação
home-link-log-in = Entrar

## Terms of Service

terms-title = Termos de Serviço
terms-agreement = Ao se cadastrar, você concorda em usar este site de forma lícita e em não compartilhar sua senha com ninguém.
terms-deletion = Contas que não forem ativadas dentro do prazo de ativação são excluídas.

## Registration form

register-title = Criar uma conta
register-resend-hint = Não recebeu o e-mail de ativação? { $resend_link }
    .resend-link = Enviar novamente
register-username-label = Nome de usuário
register-email-label = E-mail
register-password1-label = Senha
register-password2-label = Confirmação de senha
register-tos-label = Li e concordo com os { $terms_link }
    .terms-link = Termos de Serviço
register-use-suggestion = Usar { $address }
register-honeypot-label = Deixe este campo em branco
register-submit = Cadastrar

## After registering

register-complete-title = E-mail de ativação enviado
register-complete-check-address = Verifique a caixa de entrada de { $address }: enviamos um e-mail com um link para ativar sua conta.
register-complete-check-inbox = Verifique a caixa de entrada do e-mail que você usou no cadastro: enviamos um link para ativar sua conta.
register-complete-validity = O link é válido por tempo limitado. Não recebeu nada? { $resend_link }.
    .resend-link = Enviar novamente
register-closed-title = Cadastro encerrado
register-closed-text = Desculpe, o cadastro está encerrado no momento. Volte mais tarde.

## Activation

activate-complete-title = Conta ativada
activate-complete-heading = Sua conta foi ativada.
activate-complete-text = Agora você já pode { $login_link }.
    .login-link = entrar
activate-failed-title = Falha na ativação
activate-failed-heading = Não foi possível ativar a conta
activate-confirm-title = Ative sua conta
activate-confirm-account = Este link ativa a conta { $username }.
activate-confirm-press = Clique no botão para ativá-la.
activate-confirm-press-log-in = Clique no botão para ativá-la e entrar.
activate-confirm-submit = Ativar minha conta
activate-already-activated = Esta conta já foi ativada com este link.
activate-already-log-in = Você pode { $login_link } com seu nome de usuário e senha.
    .login-link = entrar
activate-expired = Este link de ativação expirou.
activate-expired-renew = Enviar um novo link
activate-expired-hint = O novo link será enviado para o endereço usado no cadastro. Você também pode { $register_link }.
    .register-link = se cadastrar novamente
activate-invalid = Este link de ativação é inválido. Verifique se você copiou o link completo do e-mail.
activate-invalid-hint = Você pode { $resend_link } ou { $register_link }.
    .resend-link = pedir um novo link de ativação
    .register-link = se cadastrar
activate-renewed-title = Novo link de ativação enviado
activate-renewed-text = Se este link pertencia a um cadastro aguardando ativação, um novo link está a caminho do endereço usado nesse cadastro.
common-check-inbox = Verifique sua caixa de entrada (e a pasta de spam).

## Resend the activation email

resend-title = Reenviar o e-mail de ativação
resend-email-label = E-mail
resend-submit = Enviar
resend-sent = Se { $email } pertencer a uma conta aguardando ativação, enviamos um novo link de ativação para esse endereço.

## Log in, log out, profile

login-title = Entrar
login-username-label = Nome de usuário
login-password-label = Senha
login-submit = Entrar
login-forgot-password = Esqueceu sua senha?
login-register-link = Cadastrar-se
logout-title = Sair
logout-done-heading = Sessão encerrada
logout-done-text = Você saiu da sua conta. { $login_link }
    .login-link = Entrar novamente
logout-submit = Sair
profile-title = Sua conta
profile-username = Nome de usuário: { $username }
profile-email = E-mail: { $email }
profile-change-password = Alterar sua senha

## Password change and reset pages

password-new-label = Nova senha
password-new-confirm-label = Confirmação da nova senha
password-old-label = Senha antiga
password-change-title = Alteração de senha
password-change-submit = Alterar minha senha
password-change-done-title = Senha alterada com sucesso
password-change-done-text = Sua senha foi alterada.
password-reset-title = Redefinição de senha
password-reset-intro = Esqueceu sua senha? Informe seu endereço de e-mail abaixo e enviaremos instruções para você definir uma nova.
password-reset-email-label = Endereço de e-mail
password-reset-submit = Redefinir minha senha
password-reset-done-title = Instruções enviadas
password-reset-done-text = Se existir uma conta com o e-mail informado, enviamos instruções para definir sua senha. Elas devem chegar em breve.
password-reset-done-hint = Se você não receber um e-mail, confirme se informou o endereço usado no cadastro e verifique sua pasta de spam.
password-reset-invalid-title = Falha na redefinição de senha
password-reset-invalid-text = O link de redefinição de senha era inválido, possivelmente porque já foi usado. Solicite uma nova redefinição de senha.
password-reset-invalid-link = Solicitar uma nova redefinição de senha
password-reset-confirm-title = Digite a nova senha
password-reset-confirm-intro = Digite sua nova senha duas vezes para que possamos verificar se você a digitou corretamente.
password-reset-confirm-submit = Alterar minha senha
password-reset-complete-title = Redefinição de senha concluída
password-reset-complete-text = Sua senha foi definida. Você já pode { $login_link }.
    .login-link = entrar

## Page not found

not-found-title = Página não encontrada
not-found-text = Não há nada neste endereço. { $home_link }.
    .home-link = Ir para a página inicial

## Field validation (Django's wording)

error-required = Este campo é obrigatório.
error-invalid-username = Informe um nome de usuário válido. Este valor pode conter apenas letras, números e os seguintes caracteres @/./+/-/_.
error-duplicate-username = Um usuário com este nome de usuário já existe.
error-invalid-email = Informe um endereço de email válido.
error-duplicate-email = Este endereço de e-mail já está em uso. Informe um endereço de e-mail diferente.
error-free-email = Não é permitido se cadastrar com endereços de e-mail gratuitos. Informe um endereço de e-mail diferente.
error-disposable-email = Não é permitido se cadastrar com endereços de e-mail descartáveis. Informe um endereço de e-mail diferente.
error-domain-cannot-receive = Este domínio de e-mail não pode receber mensagens.
error-tos-required = Você precisa aceitar os termos para se cadastrar
error-null-characters = Caracteres nulos não são permitidos.
error-too-long =
    Certifique-se de que o valor tenha no máximo { $max ->
        [one] { $max } caractere
       *[other] { $max } caracteres
    } (ele possui { $actual }).
error-did-you-mean = Você quis dizer { $address }?
error-try-again = Algo deu errado do nosso lado. Tente novamente em instantes.
error-rate-limited =
    Muitas tentativas. Aguarde { $retry_after ->
        [one] { $retry_after } segundo
       *[other] { $retry_after } segundos
    } e tente novamente.
login-invalid = Por favor, entre com um usuário e senha corretos. Note que ambos os campos diferenciam maiúsculas e minúsculas.
password-wrong-old = A senha antiga foi digitada incorretamente. Por favor, informe-a novamente.

## Password validators (Django's wording)

password-mismatch = Os dois campos de senha não combinam.
password-too-short =
    Esta senha é muito curta. Ela precisa conter pelo menos { $min ->
        [one] { $min } caractere
       *[other] { $min } caracteres
    }.
password-too-common = Esta senha é muito comum.
password-entirely-numeric = Esta senha é inteiramente numérica.
password-similar-username = A senha é muito parecida com o nome de usuário.
password-similar-email = A senha é muito parecida com o endereço de e-mail.
password-help-similarity = Sua senha não pode ser tão parecida com suas outras informações pessoais.
password-help-min-length =
    Sua senha precisa conter pelo menos { $min ->
        [one] { $min } caractere
       *[other] { $min } caracteres
    }.
password-help-common = Sua senha não pode ser uma senha habitualmente utilizada.
password-help-numeric = Sua senha não pode ser inteiramente numérica.

## HTTP error answers (plain HTML door)

http-too-many-title = Muitas tentativas
common-wait-retry =
    Aguarde { $retry_after ->
        [one] { $retry_after } segundo
       *[other] { $retry_after } segundos
    } e tente novamente.
http-unavailable = Isto não está disponível no momento. Tente novamente em instantes.
http-bad-form = Não foi possível ler o formulário.
http-bad-host = Requisição inválida (400): este site não responde a esse nome de host.
http-cross-site = Proibido: este formulário foi enviado de outro site.
http-too-large-title = Requisição muito grande
http-too-large-text = O formulário enviado é maior do que este site aceita. Volte, encurte o que você digitou e tente novamente.
http-starting = O serviço está iniciando. Tente novamente em alguns segundos.

## JSON API problem details

problem-cross-site = Esta requisição foi enviada de outro site.
problem-no-such-operation = Essa operação não existe.
problem-not-found = Esta ação não está disponível neste site.
problem-invalid-input = Os dados enviados contêm erros.
problem-rate-limited = Muitas tentativas.
problem-login-required = Você precisa entrar.
problem-registration-closed = O cadastro está encerrado.
problem-already-logged-in = Você já está conectado.
problem-invalid-token = O link de redefinição de senha era inválido, possivelmente porque já foi usado.
problem-invalid-link = O link era inválido, possivelmente porque já foi usado ou expirou.
problem-unavailable = Algo deu errado do nosso lado.
problem-unavailable-detail = Tente novamente em instantes.
problem-activation-key-invalid = Esta chave de ativação não é válida.
problem-activation-key-expired = Esta chave de ativação expirou.
problem-activation-key-expired-detail = Peça um novo e-mail de ativação.
problem-already-activated = Esta conta já foi ativada.
problem-unsupported-media-type = Envie o corpo da requisição como application/json.
problem-malformed-body = Não foi possível ler o corpo da requisição.

## Development mailbox

devmail-title = Caixa de correio de desenvolvimento
devmail-nav-label = Desenvolvimento
devmail-nav-mailbox = Caixa de correio
devmail-nav-register = Cadastrar-se
devmail-intro =
    { $capacity ->
        [one] O último e-mail enviado
       *[other] Os últimos { $capacity } e-mails enviados
    } por este servidor ({ $setting }, apenas para desenvolvimento). Os mais recentes primeiro.
devmail-col-received = Recebido
devmail-col-to = Para
devmail-col-subject = Assunto
devmail-col-from = De
devmail-empty = Nenhum e-mail ainda. { $register_link } e depois volte aqui para abrir o e-mail de ativação.
    .register-link = Cadastre-se
devmail-view-html = Ver a versão HTML
devmail-back = Voltar para a caixa de correio
devmail-no-such-mail = Esse e-mail não existe (a caixa de correio guarda os últimos { $capacity }).
devmail-no-html-part = Esse e-mail não existe ou não tem parte HTML.
