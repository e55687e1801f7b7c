CREATE DATABASE doorbraak_test;
