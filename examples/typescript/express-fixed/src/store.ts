import type { User } from './tokens.js';

const users = new Map<string, User>();
const orders = new Map<string, { id: string; owner: string; items: unknown }>();

export async function findUser(id: string): Promise<User> {
  const user = users.get(id);
  if (!user) throw new Error('no such user');
  return user;
}

export async function findUserByEmail(email: string): Promise<User | undefined> {
  return [...users.values()].find((user) => user.email === email);
}

export async function listOrders(owner?: string) {
  return [...orders.values()].filter((order) => owner === undefined || order.owner === owner);
}

export async function getOrder(id: string) {
  return orders.get(id);
}

export async function createOrder(owner: string, items: unknown) {
  const order = { id: crypto.randomUUID(), owner, items };
  orders.set(order.id, order);
  return order;
}

export async function deleteOrder(id: string) {
  orders.delete(id);
}
