-- E-mail subscriptions no longer keep who the subscriber was on the day they subscribed (association, roles,
-- address): before each e-mail the account is read from Keycloak as it is now (issue 14, rights that end when they
-- end). Version 2.6 leaves 2.3 to 2.5 to the alerts' other work of the same issue.
alter table alert_subscription
    drop column tenant,
    drop column signed_in_roles,
    drop column email;
