### واجهة إدارة الموقع على الويب لفريق العمل (/admin/) (ar).

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = إدارة الموقع

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = المستخدمون
# the link to the next page of the list
admin-next-page = الصفحة التالية
# the list when nothing matches
admin-no-match = لا يوجد حساب مطابق.
admin-rows-shown =
    { $count ->
        [zero] لا توجد حسابات معروضة.
        [one] حساب واحد معروض.
        [two] حسابان معروضان.
        [few] { $count } حسابات معروضة.
        [many] { $count } حسابًا معروضًا.
       *[other] { $count } حساب معروض.
    }
# the search field's label
admin-search-label = اسم المستخدم أو عنوان البريد الإلكتروني يبدأ بـ
# the state filter's label
admin-state-label = الحالة
# the search button
admin-search-submit = بحث
# the state filter's options, and an account's state
admin-state-all = الكل
admin-state-pending = بانتظار التفعيل
admin-state-expired = انتهت مدة التفعيل
admin-state-active = نشِط
admin-state-deactivated = معطَّل
admin-state-staff = فريق العمل
# column headers
admin-col-username = اسم المستخدم
admin-col-email = عنوان البريد الإلكتروني
admin-col-state = الحالة
admin-col-joined = تاريخ التسجيل

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = تم:
admin-last-login = آخر تسجيل دخول
admin-key-issued = تاريخ إرسال رابط التفعيل
admin-key-expires = انتهاء صلاحية رابط التفعيل
# the accessible name of the password field of each action form
admin-password-label = كلمة المرور الخاصة بك
admin-actions-title = الإجراءات
# shown when the staff member's login is older than 15 minutes
admin-password-hint = مضى على تسجيل دخولك أكثر من 15 دقيقة: أدخل كلمة المرور لتأكيد أي إجراء.
admin-action-activate = تفعيل
admin-action-resend = إعادة إرسال رسالة التفعيل
admin-action-extend = تمديد مدة التفعيل
admin-action-deactivate = تعطيل
admin-action-reactivate = إعادة التفعيل
admin-action-force-reset = فرض إعادة تعيين كلمة المرور
admin-action-end-sessions = إنهاء جميع الجلسات
admin-action-delete = حذف الحساب
admin-mails-title = الرسائل
admin-col-when = الوقت
admin-col-subject = الموضوع
admin-col-delivery = التسليم
admin-col-attempts = المحاولات
admin-col-error = آخر خطأ
admin-mail-sent = تم الإرسال
admin-mail-failed = فشل الإرسال
admin-mail-retrying = جارٍ إعادة المحاولة
admin-mail-queued = في قائمة الانتظار
admin-trail-title = سجل التدقيق
admin-col-what = الإجراء
admin-col-who = المنفِّذ
admin-col-from = المصدر

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = لا شيء لتنفيذه: هذا الإجراء لا ينطبق على حساب في هذه الحالة.
admin-not-yourself = لا يمكنك تنفيذ هذا الإجراء على حسابك أنت.
admin-password-required = أدخل كلمة المرور لتأكيد هذا الإجراء.

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = البريد الصادر
# the accessible name of the delivery-state filters
admin-mail-filter-label = حالة التسليم
admin-col-to = إلى
# the button of an unsent message
admin-mail-retry = أعد المحاولة الآن
# the notice after "Retry now"
admin-mail-retried = ستُرسَل الرسالة مجددًا بعد لحظات.
# the notice after purging
admin-mail-purged =
    { $count ->
        [zero] لم تُحذف أي رسالة مُرسلة.
        [one] حُذفت رسالة مُرسلة واحدة.
        [two] حُذفت رسالتان مُرسلتان.
        [few] حُذفت { $count } رسائل مُرسلة.
        [many] حُذفت { $count } رسالة مُرسلة.
       *[other] حُذفت { $count } رسالة مُرسلة.
    }
# the purge form
admin-mail-purge-label = حذف الرسائل المُرسلة الأقدم من (أيام)
admin-mail-purge-submit = حذف

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = مسار التسجيل، آخر 30 يومًا
admin-funnel-median = الوقت الوسيط حتى التفعيل
admin-funnel-p90 = المئين التسعون للوقت حتى التفعيل
admin-funnel-within-hour = فُعّلت خلال ساعة
admin-funnel-within-day = فُعّلت خلال يوم
admin-funnel-registered = التسجيلات
admin-funnel-activated = التفعيلات
admin-funnel-caption = يوميًا، آخر 30 يومًا
admin-funnel-day = اليوم
admin-funnel-delivered = رسائل التفعيل المُسلَّمة
admin-funnel-expired = منتهية الصلاحية
admin-funnel-deleted = محذوفة
admin-funnel-failures = إخفاقات التسليم حسب نطاق المستلم
admin-funnel-no-failures = لا إخفاقات في التسليم خلال هذه الأيام الثلاثين.
admin-funnel-domain = النطاق
admin-funnel-failed = إخفاقات التسليم
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } د
admin-duration-hours = { $hours } س { $minutes } د
admin-duration-days = { $days } ي { $hours } س
