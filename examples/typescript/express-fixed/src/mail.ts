export async function sendMail(to: string, body: string): Promise<void> {
  process.stdout.write(`mail to ${to}: ${body.length} characters\n`);
}
