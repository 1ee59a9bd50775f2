/**
 * Jest runs this before every test file (jest.config.js `setupFiles`): the ID key's default place is the user's
 * config directory (~/.config/yibao), and no test may read or write the real one. Each test file gets its own
 * XDG_CONFIG_HOME in the temp directory; gateways, CLIs and contexts it starts (in-process or as children, which
 * inherit the environment) share that one key, as they would on a machine.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

process.env.XDG_CONFIG_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-config-'));
delete process.env.YIBAO_KEY_FILE;
