/** Base for the site's own errors: a status for the error handler and an optional cause. */
export class AppError extends Error {
  readonly status: number;
  constructor(message: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.status = status;
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found', options?: { cause?: unknown }) {
    super(message, 404, options);
  }
}

export class BadRequestError extends AppError {
  constructor(message = 'Bad request', options?: { cause?: unknown }) {
    super(message, 400, options);
  }
}

/** No or wrong credentials for a protected page; the caller sets WWW-Authenticate. */
export class UnauthorizedError extends AppError {
  constructor(message = 'Unauthorized', options?: { cause?: unknown }) {
    super(message, 401, options);
  }
}
