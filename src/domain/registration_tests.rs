use super::*;

fn never_common(_: &str) -> bool {
    false
}

fn input(username: &str, email: &str, p1: &str, p2: &str) -> RegistrationInput {
    RegistrationInput {
        username: username.into(),
        email: email.into(),
        password1: Password::new(p1),
        password2: Password::new(p2),
        tos: None,
        website: String::new(),
        email_checked: String::new(),
    }
}

#[test]
fn a_valid_form_yields_a_registration() {
    let form = input("alice", "Alice@Example.com", "s3cret-Passw0rd", "s3cret-Passw0rd");
    let valid = validate(&form, FormRules::default(), &never_common).unwrap();
    assert_eq!(valid.username.as_str(), "alice");
    assert_eq!(valid.email.as_str(), "Alice@example.com");
}

#[test]
fn every_empty_field_is_required() {
    let errors = validate(&input("", "", "", ""), FormRules::default(), &never_common).unwrap_err();
    for field in [USERNAME, EMAIL, PASSWORD1, PASSWORD2] {
        assert_eq!(errors.get(field), [messages::REQUIRED], "{field}");
    }
}

#[test]
fn mismatch_is_reported_on_password2_and_skips_validators() {
    let errors = validate(&input("bob", "b@example.com", "123", "456"), FormRules::default(), &never_common)
        .unwrap_err();
    assert_eq!(errors.get(PASSWORD2), [messages::PASSWORD_MISMATCH]);
    assert!(errors.get(PASSWORD1).is_empty());
}

#[test]
fn validator_errors_land_on_password2() {
    let errors =
        validate(&input("bob", "b@example.com", "12345", "12345"), FormRules::default(), &never_common)
            .unwrap_err();
    assert_eq!(errors.get(PASSWORD2), [messages::too_short(8), messages::PASSWORD_ENTIRELY_NUMERIC]);
}

#[test]
fn terms_of_service_must_be_ticked_when_required() {
    let rules = FormRules { terms_of_service: true, ..FormRules::default() };
    let mut form = input("carol", "c@example.com", "s3cret-Passw0rd", "s3cret-Passw0rd");
    assert_eq!(validate(&form, rules, &never_common).unwrap_err().get(TOS), [messages::TOS_REQUIRED]);
    form.tos = Some("on".into());
    assert!(validate(&form, rules, &never_common).is_ok());
}

#[test]
fn free_email_is_refused_in_any_case() {
    let rules = FormRules { no_free_email: true, ..FormRules::default() };
    let form = input("dave", "dave@GMail.com", "s3cret-Passw0rd", "s3cret-Passw0rd");
    assert_eq!(validate(&form, rules, &never_common).unwrap_err().get(EMAIL), [messages::FREE_EMAIL]);
}

#[test]
fn lowercase_variant_lowercases_the_username() {
    let rules = FormRules { username_lowercase: true, ..FormRules::default() };
    let form = input("MiXeD", "m@example.com", "s3cret-Passw0rd", "s3cret-Passw0rd");
    assert_eq!(validate(&form, rules, &never_common).unwrap().username.as_str(), "mixed");
}

#[test]
fn form_names_parse_and_combine() {
    let rules = FormRules::parse("RegistrationFormNoFreeEmail, RegistrationFormUniqueEmail").unwrap();
    assert!(rules.no_free_email && rules.unique_email && !rules.terms_of_service);
    assert_eq!(FormRules::parse("RegistrationForm").unwrap(), FormRules::default());
    assert!(FormRules::parse("Nope").is_err());
}

#[test]
fn single_field_validation_matches_the_full_form() {
    let form = input("bad name", "x", "abc", "abd");
    assert_eq!(validate_field(USERNAME, &form, FormRules::default()), [messages::INVALID_USERNAME]);
    assert_eq!(validate_field(EMAIL, &form, FormRules::default()), [messages::INVALID_EMAIL]);
    assert_eq!(validate_field(PASSWORD2, &form, FormRules::default()), [messages::PASSWORD_MISMATCH]);
}

#[test]
fn nul_characters_and_huge_passwords_are_field_errors() {
    let form = input("nul", "n@example.com", "abc\0defgh1", "abc\0defgh1");
    let errors = validate(&form, FormRules::default(), &never_common).unwrap_err();
    assert_eq!(errors.get(PASSWORD1), [messages::CONTROL_CHARACTERS]);
    assert_eq!(errors.get(PASSWORD2), [messages::CONTROL_CHARACTERS]);
    let huge = "x".repeat(5000);
    let errors = validate(&input("big", "b@example.com", &huge, &huge), FormRules::default(), &never_common)
        .unwrap_err();
    assert_eq!(errors.get(PASSWORD2), [messages::too_long(4096, 5000)]);
    let errors =
        validate(&input("x\0y", "a\0@example.com", "", ""), FormRules::default(), &never_common).unwrap_err();
    assert_eq!(errors.get(USERNAME), [messages::INVALID_USERNAME]);
    assert_eq!(errors.get(EMAIL), [messages::INVALID_EMAIL]);
}

#[test]
fn debug_output_hides_passwords() {
    let form = input("eve", "e@example.com", "TopSecret123", "TopSecret123");
    assert!(!format!("{form:?}").contains("TopSecret123"));
}

#[test]
fn a_near_miss_of_a_mail_provider_is_offered_a_correction_once() {
    let mut form = input("jane", "jane@gmial.com", "s3cret-Passw0rd", "s3cret-Passw0rd");
    let errors = validate(&form, FormRules::default(), &never_common).unwrap_err();
    assert_eq!(errors.get(EMAIL), [messages::did_you_mean("jane@gmail.com")]);
    assert_eq!(
        validate_field(EMAIL, &form, FormRules::default()),
        [messages::did_you_mean("jane@gmail.com")]
    );

    form.email_checked = "jane@gmial.com".into();
    let valid = validate(&form, FormRules::default(), &never_common).expect("kept as typed");
    assert_eq!(valid.email.as_str(), "jane@gmial.com");
    assert!(validate_field(EMAIL, &form, FormRules::default()).is_empty());

    form.email = "jane@hotmial.com".into();
    let errors = validate(&form, FormRules::default(), &never_common).unwrap_err();
    assert_eq!(
        errors.get(EMAIL),
        [messages::did_you_mean("jane@hotmail.com")],
        "another address, another offer"
    );
}
