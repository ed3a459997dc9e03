/**
 * The ceiling of our own stack: Express 5 answering a short string on every path, with no
 * middleware. The HTTP benchmark compares the site with this, in the same run.
 */
import express from 'express';

const app = express();
app.disable('x-powered-by');
app.use((_req, res) => {
  res.send('hello world');
});
const port = Number(process.env.PORT ?? 3999);
app.listen(port, '127.0.0.1');
