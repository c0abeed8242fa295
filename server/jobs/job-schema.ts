/** pg-boss keeps its tables in this schema of the app's database, beside the app's own. */
export const jobSchema = "pgboss";
