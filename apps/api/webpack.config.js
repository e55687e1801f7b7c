module.exports = require('../../tools/webpack/node-app.config')({ name: 'api', main: 'apps/api/src/main.ts' });
