// The reverse proxy of npm run cluster and the scripts that run several API processes: Debian's nginx in front of several API processes, on
// loopback. It lives with the test helpers, which start it too.
export { nginxBinary, nginxConfig, startProxy, SUBSCRIPTION_IDLE_SECONDS, type Proxy, type ProxyOptions } from '@doorbraak/server-testing';
