// Stylesheets imported by components mean nothing to unit tests.
export default {};
