module.exports = require('../../tools/webpack/node-app.config')({ name: 'worker', main: 'apps/worker/src/main.ts' });
