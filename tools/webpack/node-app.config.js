// Builds a Nest app for Node: TypeScript through ts-loader (keeps decorator metadata, which
// esbuild drops), workspace libraries bundled via the tsconfig paths, node_modules left external.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '../..');

module.exports = function nodeAppConfig({ name, main }) {
  return {
    mode: 'production',
    target: 'node20',
    entry: { main: path.resolve(root, main) },
    output: { path: path.resolve(root, 'dist/apps', name), filename: '[name].js', clean: true },
    devtool: 'source-map',
    optimization: { minimize: false },
    externalsPresets: { node: true },
    externals: [nodeExternals({ modulesDir: path.resolve(root, 'node_modules') })],
    resolve: {
      extensions: ['.ts', '.js'],
      plugins: [new TsconfigPathsPlugin({ configFile: path.resolve(root, 'tsconfig.base.json') })],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: {
            configFile: path.resolve(root, 'tsconfig.base.json'),
            // Types are checked once for the whole workspace by `npm run typecheck`.
            transpileOnly: true,
            compilerOptions: { module: 'esnext', sourceMap: true },
          },
        },
      ],
    },
    // Optional peers that Nest and TypeORM probe for at run time.
    ignoreWarnings: [/Critical dependency/, /Can't resolve/],
    stats: 'errors-warnings',
  };
};
