import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type';
import { Task } from './task.type';

@ObjectType()
export class TaskConnection extends Connection(Task) {}
