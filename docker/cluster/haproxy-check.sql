-- The account HAProxy's health check uses (mysql-check logs in without a password and quits).
CREATE USER IF NOT EXISTS 'haproxy'@'%';
