require('./resolve-workspace-aliases');
module.exports = require('../../libs/platform/testing/src/global-setup').globalTeardown;
