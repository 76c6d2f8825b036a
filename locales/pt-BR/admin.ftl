### A administração web do site para a equipe (/admin/) (pt-BR).

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = Administração do site

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = Usuários
# the link to the next page of the list
admin-next-page = Próxima página
# the list when nothing matches
admin-no-match = Nenhuma conta encontrada.
admin-rows-shown =
    { $count ->
        [one] Uma conta exibida.
       *[other] { $count } contas exibidas.
    }
# the search field's label
admin-search-label = Nome de usuário ou endereço de e-mail começando com
# the state filter's label
admin-state-label = Situação
# the search button
admin-search-submit = Buscar
# the state filter's options, and an account's state
admin-state-all = Todas
admin-state-pending = Aguardando ativação
admin-state-expired = Prazo de ativação encerrado
admin-state-active = Ativa
admin-state-deactivated = Desativada
admin-state-staff = Equipe
# column headers
admin-col-username = Nome de usuário
admin-col-email = Endereço de e-mail
admin-col-state = Situação
admin-col-joined = Data de cadastro

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = Concluído:
admin-last-login = Último acesso
admin-key-issued = Link de ativação enviado
admin-key-expires = Validade do link de ativação
# the accessible name of the password field of each action form
admin-password-label = Sua senha
admin-actions-title = Ações
# shown when the staff member's login is older than 15 minutes
admin-password-hint = Você entrou há mais de 15 minutos: informe sua senha para confirmar uma ação.
admin-action-activate = Ativar
admin-action-resend = Reenviar o e-mail de ativação
admin-action-extend = Prorrogar o prazo de ativação
admin-action-deactivate = Desativar
admin-action-reactivate = Reativar
admin-action-force-reset = Forçar a redefinição de senha
admin-action-end-sessions = Encerrar todas as sessões
admin-action-delete = Excluir a conta
admin-mails-title = E-mails
admin-col-when = Data
admin-col-subject = Assunto
admin-col-delivery = Entrega
admin-col-attempts = Tentativas
admin-col-error = Último erro
admin-mail-sent = Enviado
admin-mail-failed = Falhou
admin-mail-retrying = Tentando novamente
admin-mail-queued = Na fila
admin-trail-title = Registro de auditoria
admin-col-what = Ação
admin-col-who = Autor
admin-col-from = Origem

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = Nada a fazer: esta ação não se aplica a uma conta nesta situação.
admin-not-yourself = Você não pode fazer isso com a sua própria conta.
admin-password-required = Informe sua senha para confirmar esta ação.

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = E-mails enviados
# the accessible name of the delivery-state filters
admin-mail-filter-label = Situação da entrega
admin-col-to = Para
# the button of an unsent message
admin-mail-retry = Tentar de novo agora
# the notice after "Retry now"
admin-mail-retried = A mensagem será enviada de novo em instantes.
# the notice after purging
admin-mail-purged =
    { $count ->
        [one] { $count } mensagem enviada foi excluída.
       *[other] { $count } mensagens enviadas foram excluídas.
    }
# the purge form
admin-mail-purge-label = Excluir mensagens enviadas há mais de (dias)
admin-mail-purge-submit = Excluir

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = Funil de cadastro, últimos 30 dias
admin-funnel-median = Tempo mediano até a ativação
admin-funnel-p90 = Percentil 90 do tempo até a ativação
admin-funnel-within-hour = Ativadas em até uma hora
admin-funnel-within-day = Ativadas em até um dia
admin-funnel-registered = Cadastros
admin-funnel-activated = Ativações
admin-funnel-caption = por dia, nos últimos 30 dias
admin-funnel-day = Dia
admin-funnel-delivered = E-mails de ativação entregues
admin-funnel-expired = Expiradas
admin-funnel-deleted = Excluídas
admin-funnel-failures = Falhas de entrega por domínio do destinatário
admin-funnel-no-failures = Nenhuma falha de entrega nestes 30 dias.
admin-funnel-domain = Domínio
admin-funnel-failed = Falhas de entrega
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-days = { $days } d { $hours } h
