const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** An error of the Management API, in Auth0's shape: `{statusCode, error, message, errorCode}`. */
export class ManagementError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 429 | 503,
    message: string,
    readonly errorCode: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ManagementError';
  }

  toJSON() {
    return {
      statusCode: this.statusCode,
      error: REASONS[this.statusCode],
      message: this.message,
      errorCode: this.errorCode,
    };
  }

  toResponse(): Response {
    return Response.json(this.toJSON(), { status: this.statusCode, headers: this.headers });
  }
}

export const notFound = (what: string): ManagementError =>
  new ManagementError(404, `The ${what} does not exist.`, 'inexistent_resource');

export const invalidBody = (message: string): ManagementError =>
  new ManagementError(400, message, 'invalid_body');

/** The store's database cannot be reached, in the Management API's shape. */
export const managementUnavailable = (): ManagementError =>
  new ManagementError(
    503,
    'The service cannot reach its database right now. Please try again shortly.',
    'temporarily_unavailable',
    { 'Retry-After': '1' },
  );
