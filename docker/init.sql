-- Runs once when the PostgreSQL container is created: the same databases and roles as the local scripts.
CREATE DATABASE doorbraak_test;
CREATE ROLE doorbraak_app LOGIN PASSWORD 'doorbraak_app';
