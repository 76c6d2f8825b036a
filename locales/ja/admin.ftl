### サイトスタッフ向けの Web 管理画面 (/admin/) (ja)。

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = サイト管理

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = ユーザー
# the link to the next page of the list
admin-next-page = 次のページ
# the list when nothing matches
admin-no-match = 該当するアカウントはありません。
admin-rows-shown = { $count } 件のアカウントを表示しています。
# the search field's label
admin-search-label = ユーザー名またはメールアドレス（前方一致）
# the state filter's label
admin-state-label = 状態
# the search button
admin-search-submit = 検索
# the state filter's options, and an account's state
admin-state-all = すべて
admin-state-pending = 有効化待ち
admin-state-expired = 有効化期間切れ
admin-state-active = 有効
admin-state-deactivated = 無効化済み
admin-state-staff = スタッフ
# column headers
admin-col-username = ユーザー名
admin-col-email = メールアドレス
admin-col-state = 状態
admin-col-joined = 登録日時

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = 完了:
admin-last-login = 最終ログイン
admin-key-issued = 有効化リンクの送信日時
admin-key-expires = 有効化リンクの有効期限
# the accessible name of the password field of each action form
admin-password-label = ご自身のパスワード
admin-actions-title = 操作
# shown when the staff member's login is older than 15 minutes
admin-password-hint = ログインから 15 分以上経過しています。操作を確定するには、ご自身のパスワードを入力してください。
admin-action-activate = 有効化する
admin-action-resend = 有効化メールを再送信する
admin-action-extend = 有効化期間を延長する
admin-action-deactivate = 無効化する
admin-action-reactivate = 再度有効化する
admin-action-force-reset = パスワードのリセットを強制する
admin-action-end-sessions = すべてのセッションを終了する
admin-action-delete = アカウントを削除する
admin-mails-title = メール
admin-col-when = 日時
admin-col-subject = 件名
admin-col-delivery = 配信状況
admin-col-attempts = 試行回数
admin-col-error = 最後のエラー
admin-mail-sent = 送信済み
admin-mail-failed = 失敗
admin-mail-retrying = 再試行中
admin-mail-queued = 送信待ち
admin-trail-title = 監査ログ
admin-col-what = 操作
admin-col-who = 実行者
admin-col-from = 接続元

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = 実行する操作はありません。このアカウントの現在の状態には、この操作を適用できません。
admin-not-yourself = ご自身のアカウントに対してこの操作は行えません。
admin-password-required = この操作を確定するには、パスワードを入力してください。

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = 送信メール
# the accessible name of the delivery-state filters
admin-mail-filter-label = 配信状況
admin-col-to = 宛先
# the button of an unsent message
admin-mail-retry = 今すぐ再送する
# the notice after "Retry now"
admin-mail-retried = まもなくメッセージを再送します。
# the notice after purging
admin-mail-purged = 送信済みメッセージを { $count } 件削除しました。
# the purge form
admin-mail-purge-label = 次の日数より古い送信済みメッセージを削除
admin-mail-purge-submit = 削除する

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = 登録ファネル（過去 30 日間）
admin-funnel-median = 有効化までの時間の中央値
admin-funnel-p90 = 有効化までの時間の 90 パーセンタイル
admin-funnel-within-hour = 1 時間以内に有効化
admin-funnel-within-day = 1 日以内に有効化
admin-funnel-registered = 登録
admin-funnel-activated = 有効化
admin-funnel-caption = 1 日ごと、過去 30 日間
admin-funnel-day = 日付
admin-funnel-delivered = 配信された有効化メール
admin-funnel-expired = 期限切れ
admin-funnel-deleted = 削除
admin-funnel-failures = 宛先ドメイン別の配信失敗
admin-funnel-no-failures = この30日間に配信の失敗はありません。
admin-funnel-domain = ドメイン
admin-funnel-failed = 配信失敗
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } 分
admin-duration-hours = { $hours } 時間 { $minutes } 分
admin-duration-days = { $days } 日 { $hours } 時間
